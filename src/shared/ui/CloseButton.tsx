import { strings } from '../text/strings';

/** The round × that closes a dialog or the country panel: 44 px, named "Close". */
export function CloseButton({ className, onClick }: { className?: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className={className ? `close-button ${className}` : 'close-button'}
      aria-label={strings.close}
      onClick={onClick}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path d="M3 3l12 12M15 3 3 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
