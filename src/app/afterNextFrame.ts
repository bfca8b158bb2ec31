/** How long to wait for a frame before going on without one. */
const NO_FRAME_MS = 100;

/**
 * Resolves in a task after the browser's next frame: what was drawn before the call is on screen
 * before the caller's next work. A page that produces no frames (a hidden tab, an embed scrolled
 * out of sight, whose frames the browser holds back) goes on after NO_FRAME_MS all the same.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(noFrame);
      // requestAnimationFrame runs just before the frame is produced; the timeout, in a task after it.
      setTimeout(resolve, 0);
    };
    const frame = requestAnimationFrame(go);
    const noFrame = setTimeout(go, NO_FRAME_MS);
  });
}
