import { strings } from '../../shared/text/strings';
import type { CopyState } from './useCopy';

/**
 * The polite live region after a copy button. It is always rendered, empty when idle: screen
 * readers announce changes to a region that already exists, not one that appears with its text.
 */
export function CopyStatus({ state }: { state: CopyState }) {
  return (
    <span role="status" aria-live="polite" className={`share__status share__status--${state}`}>
      {state === 'copied' ? strings.share.copied : state === 'failed' ? strings.share.copyFailed : null}
    </span>
  );
}
