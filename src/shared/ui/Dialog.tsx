import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseButton } from './CloseButton';
import './Dialog.css';

interface DialogProps {
  /** The dialog's own class, which sets its size (Dialog.css) and styles its content. */
  className: string;
  /** The heading, which also names the dialog. */
  title: string;
  /** Called once it has closed, whichever way (Close, Escape); the owner then unmounts it. */
  onClose: () => void;
  /** A selector for what takes focus on opening; by default the browser's pick, the Close button. */
  initialFocus?: string;
  children: ReactNode;
}

const canShowModal = (dialog: HTMLDialogElement | null) => typeof dialog?.showModal === 'function';

/**
 * A modal sheet with a heading and a Close button, shown with showModal when it mounts: the
 * browser traps focus, closes it on Escape and returns focus to the opener. Where showModal is
 * missing (old Safari, jsdom) it opens non-modal, and Escape and the focus return are done here.
 */
export function Dialog({ className, title, onClose, initialFocus, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement;
    const modal = canShowModal(dialog);
    if (modal) dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = initialFocus ?? (modal ? null : '.dialog__close');
    if (first) dialog.querySelector<HTMLElement>(first)?.focus();
  }, [initialFocus]);

  const onClosed = () => {
    // The browser restores focus itself on close(); this covers the fallback, where focus is
    // still inside the dialog about to unmount, and a focus lost to <body>.
    const back = opener.current;
    const active = document.activeElement;
    const lost = active === document.body || (active !== null && ref.current?.contains(active) === true);
    if (lost && back instanceof HTMLElement && back.isConnected) back.focus();
    onClose();
  };
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function' && dialog.open) dialog.close();
    else onClosed();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClosed}
      onKeyDown={(e) => {
        // Native modals close on Escape by themselves (via "cancel"); the fallback needs this.
        if (e.key === 'Escape' && !canShowModal(ref.current)) {
          e.preventDefault();
          close();
        }
      }}
    >
      {/* A div, not <header>: a dialog's heading is not the page's banner. */}
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <CloseButton className="dialog__close" onClick={close} />
      </div>
      {children}
    </dialog>
  );
}
