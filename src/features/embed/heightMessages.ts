import { heightMessage, pymHeightMessage } from '../../shared/embedMessages';

/**
 * Observes `element` and posts its height to the parent on every change (deduplicated, whole
 * pixels). Returns a function that stops. A no-op when not in a frame.
 */
export function startHeightMessages(
  element: HTMLElement,
  childId: string | null,
  win: Window = window,
): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // '*' because the embedding page's origin is unknown; the payload is only a height.
    win.parent.postMessage(heightMessage(height), '*');
    if (childId) win.parent.postMessage(pymHeightMessage(childId, height), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  // Fonts and late images can change the height without resizing the observed box's width.
  win.addEventListener('load', post);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener('load', post);
  };
}
