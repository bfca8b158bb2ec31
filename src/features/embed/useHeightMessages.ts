import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { startHeightMessages } from './heightMessages';

/** In the embed layout, keeps the parent page informed of the app's height. */
export function useHeightMessages(ref: RefObject<HTMLElement | null>) {
  const embed = useAppStore((s) => s.embed);
  const childId = useAppStore((s) => s.childId);
  useEffect(() => {
    if (!embed || !ref.current) return;
    return startHeightMessages(ref.current, childId);
  }, [embed, childId, ref]);
}
