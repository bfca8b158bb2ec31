/**
 * The embedding contract: whenever the embedded page's content height changes, tell the parent,
 * as JSON `{ source: 'huawei-ban-map', type: 'height', height }` and, when the URL carries
 * pym.js's `childId`, also as pym.js's string message, so CMSes that already host pym.js embeds
 * resize it with no new code. Nothing is posted when the page is not framed, and no listener
 * for the parent's messages is ever added: the embed takes no commands.
 */
export const MESSAGE_SOURCE = 'huawei-ban-map';

export interface HeightMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'height';
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { source: MESSAGE_SOURCE, type: 'height', height };
}

/** pym.js v1 child → parent format: `pymxPYMx{id}xPYMx{type}xPYMx{message}`. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

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
