import Konva from 'konva';

export interface LayerOptions {
  /**
   * The layer's bitmap is moved with a CSS transform during pan and zoom gestures. Such a
   * canvas is kept on its own compositing layer for good (`will-change`): promoted only when
   * a gesture starts and dropped after each crisp redraw, every canvas of the plan was copied
   * again for the compositor (~20 ms each without a GPU), and the first frames of a pan took
   * 150–350 ms.
   */
  moves?: boolean;
}

/**
 * A Konva layer whose only child is one shape drawing with the native context. `draw` says
 * whether it drew anything (no answer counts as yes): a layer with nothing to show is taken
 * out of the page (`display: none`). Without a GPU the compositor blends every full-screen
 * canvas in software on every frame, and most of the plan's eight layers are empty most of
 * the time (no peers, no selection, no venue drawing).
 */
export function customLayer(draw: (ctx: CanvasRenderingContext2D) => boolean | void, opts: LayerOptions = {}): Konva.Layer {
  const layer = new Konva.Layer({ listening: false });
  const canvas = layer.getCanvas()._canvas;
  if (opts.moves) canvas.style.willChange = 'transform';
  layer.add(
    new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (context) => {
        const drew = draw(context._context) !== false;
        const display = drew ? '' : 'none';
        if (canvas.style.display !== display) canvas.style.display = display;
      },
    }),
  );
  return layer;
}
