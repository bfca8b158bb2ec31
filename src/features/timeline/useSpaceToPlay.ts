import { useEffect, type RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';

/** Elements where Space already means something (activate, type, tick, open). */
const OWNS_SPACE =
  'input, textarea, select, button, summary, a[href], [contenteditable=""], [contenteditable="true"], ' +
  '[role="button"], [role="checkbox"], [role="switch"], [role="radio"], [role="link"], [role="menuitem"], ' +
  '[role="menuitemcheckbox"], [role="menuitemradio"], [role="option"], [role="tab"], [role="combobox"], ' +
  '[role="textbox"], [role="searchbox"], [role="spinbutton"], [role="treeitem"]';

/**
 * Space plays and pauses while focus is on the timeline or the map stage — the document-level
 * listener means it works wherever in those regions focus sits, except on controls that use
 * Space themselves (a focused country button still selects the country). Clicking the map's
 * sea leaves focus on the page body; a Space right after such a click counts as on the map.
 */
export function useSpaceToPlay(timelineRef: RefObject<HTMLElement | null> | null): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const inRegion = (el: Element) =>
      (timelineRef?.current?.contains(el) ?? false) || el.closest('.stage') !== null;
    let pointerInRegion = false;
    const onPointerDown = (e: PointerEvent) => {
      pointerInRegion = e.target instanceof Element && inRegion(e.target);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target;
      if (!(target instanceof Element)) return;
      const onBodyAfterClick = target === document.body && pointerInRegion;
      if (!onBodyAfterClick && !inRegion(target)) return;
      if (target.closest(OWNS_SPACE)) return;
      const s = store.getState();
      if (s.compare) return;
      e.preventDefault();
      s.setPlaying(!s.playing);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [store, timelineRef]);
}
