/** How far the tooltip sits from the pointer, so the finger or cursor never covers it. */
const OFFSET = 14;
const MARGIN = 8;

/**
 * Positions a `position: fixed` tooltip next to a viewport point, flipping to the other side
 * of the point when it would leave the window, so it is never off-screen (iframes included:
 * their window is the frame).
 */
export function placeTooltip(el: HTMLElement, x: number, y: number): void {
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = document.documentElement.clientHeight || window.innerHeight;
  let left = x + OFFSET;
  if (left + w > vw - MARGIN) left = x - OFFSET - w;
  let top = y + OFFSET;
  if (top + h > vh - MARGIN) top = y - OFFSET - h;
  left = Math.max(MARGIN, Math.min(left, vw - MARGIN - w));
  top = Math.max(MARGIN, Math.min(top, vh - MARGIN - h));
  el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}
