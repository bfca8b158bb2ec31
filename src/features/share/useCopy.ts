import { useEffect, useRef, useState } from 'react';
import { copyText } from './copyText';

export type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays: long enough to read and be announced, short enough to copy again. */
const FEEDBACK_MS = 2000;

/** Copy with feedback: `state` is "copied" for two seconds after a copy, "failed" until the next try. */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    clearTimeout(timer.current);
    // Clear first, so copying twice in a row is announced twice.
    setState('idle');
    const ok = await copyText(text, field);
    setState(ok ? 'copied' : 'failed');
    if (ok) timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };
  return { state, copy };
}
