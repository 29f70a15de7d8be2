/**
 * Runs `fn` once the browser has painted the next frame: a task queued from an animation frame
 * runs after that frame is painted (work run in the frame itself would hold the paint back).
 * Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
