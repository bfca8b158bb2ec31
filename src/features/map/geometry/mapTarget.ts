/** The element a pointer or key event concerns: a country path or a marker. */
export const targetOf = (e: { target: EventTarget }): Element | null =>
  e.target instanceof Element ? e.target.closest('[data-id]') : null;

const isCountryShape = (el: Element) =>
  el.tagName.toLowerCase() === 'path' && el.classList.contains('map-country') && el.hasAttribute('data-id');

/**
 * The country at a point in the window. A small state's 24 px hit circle can spill over its
 * neighbours (on a phone, Slovenia's covers half of Austria and Italy): inside a drawn country the
 * country wins, and a marker answers only where no country is drawn (the sea, or its own speck).
 */
export const countryAt = (svg: Element, x: number, y: number): Element | null => {
  let stack: Element[];
  try {
    stack = document.elementsFromPoint(x, y).filter((el) => svg.contains(el));
  } catch {
    return null; // engines without hit testing (jsdom): the caller falls back to the event's target
  }
  const shape = stack.find(isCountryShape);
  if (shape) return shape;
  for (const el of stack) {
    const marker = el.closest('.map-marker[data-id]');
    if (marker) return marker;
  }
  return null;
};

/** The id of the focusable country (role=button) an event concerns, if any. */
export const buttonIdOf = (e: { target: EventTarget }): string | null => {
  const el = targetOf(e);
  return el?.getAttribute('role') === 'button' ? el.getAttribute('data-id') : null;
};
