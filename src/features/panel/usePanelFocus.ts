import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';

/**
 * The panel's focus: when a reader opens it, focus moves to its heading (and its body scrolls to
 * the top); `close` deselects and gives focus back to whatever opened it. A panel opened by the
 * URL at load does not take focus — in an embed that would scroll the host article to the iframe.
 */
export function usePanelFocus(country: string | null, open: boolean, linked: string | null = country) {
  const store = useAppStoreApi();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // An SVG country shape on the map is as much an opener as a button.
  const openerRef = useRef<HTMLElement | SVGElement | null>(null);
  // The country whose opening has been handled; starts as the URL's (`linked`), which the reader
  // did not open.
  const handledFor = useRef<string | null>(linked);

  useLayoutEffect(() => {
    if (!open || !country || handledFor.current === country) return;
    handledFor.current = country;
    const active = document.activeElement;
    // Whatever had focus outside the panel chose this country; a choice made inside keeps the last one.
    if (
      (active instanceof HTMLElement || active instanceof SVGElement) &&
      active !== document.body &&
      !panelRef.current?.contains(active)
    )
      openerRef.current = active;
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
    headingRef.current?.focus({ preventScroll: true });
  }, [open, country]);

  useEffect(() => {
    if (country === null) handledFor.current = null;
  }, [country]);

  const close = () => {
    const opener = openerRef.current;
    openerRef.current = null;
    const id = store.getState().country;
    // Focus must not fall to the page when the panel goes: with no opener to return to (a linked
    // panel, or one whose opener is gone), the country on the map, else the search field.
    const inPanel = panelRef.current?.contains(document.activeElement) ?? false;
    store.getState().selectCountry(null);
    if (opener?.isConnected) return opener.focus();
    if (!inPanel) return;
    const fallback =
      (id && document.querySelector<SVGElement>(`.map__svg [role="button"][data-id="${CSS.escape(id)}"]`)) ||
      document.querySelector<HTMLElement>('.search-box__input');
    fallback?.focus();
  };

  return { panelRef, headingRef, bodyRef, close };
}
