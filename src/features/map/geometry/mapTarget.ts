/** The element a pointer or key event concerns: a country path or a marker. */
export const targetOf = (e: { target: EventTarget }): Element | null =>
  e.target instanceof Element ? e.target.closest('[data-id]') : null;

/**
 * What a click or tap chose. A small state's 24 px hit circle can overlap a bigger neighbour on a
 * phone (the Isle of Man over Britain): when the circle belongs to a place without data and a
 * country with data lies under the same point, the reader meant that country.
 */
export const clickTargetOf = (e: {
  target: EventTarget;
  clientX: number;
  clientY: number;
}): Element | null => {
  const first = targetOf(e);
  if (!first || first.tagName.toLowerCase() === 'path' || first.getAttribute('role') === 'button')
    return first;
  const under = document
    .elementsFromPoint(e.clientX, e.clientY)
    .find(
      (el) =>
        el.tagName.toLowerCase() === 'path' &&
        el.getAttribute('role') === 'button' &&
        el.hasAttribute('data-id'),
    );
  return under ?? first;
};

/** The id of the focusable country (role=button) an event concerns, if any. */
export const buttonIdOf = (e: { target: EventTarget }): string | null => {
  const el = targetOf(e);
  return el?.getAttribute('role') === 'button' ? el.getAttribute('data-id') : null;
};
