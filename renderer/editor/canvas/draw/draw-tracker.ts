const PAINTING = new Set<PropertyKey>(['fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData']);

/**
 * A 2D context that notes whether anything was painted through it, for layers drawn by many
 * small helpers (a tool's previews, guides, handles) where no single place knows whether the
 * layer ended up empty. Everything else passes straight to the real context.
 */
export function trackPainting(ctx: CanvasRenderingContext2D): { ctx: CanvasRenderingContext2D; painted: () => boolean } {
  let painted = false;
  const proxy = new Proxy(ctx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (!PAINTING.has(prop)) return fn.bind(target);
      return (...args: unknown[]) => {
        painted = true;
        return fn.apply(target, args);
      };
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
  return { ctx: proxy, painted: () => painted };
}
