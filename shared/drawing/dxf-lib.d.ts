/**
 * The `dxf` package (MIT) ships no types. We use only its per-entity group-code handlers:
 * each turns one entity's `[code, value]` pairs into a plain object.
 */
declare module 'dxf/lib/handlers/entity/*.js' {
  export const TYPE: string;
  export function process(tuples: [number, string | number][]): Record<string, unknown>;
}
