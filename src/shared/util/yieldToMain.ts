/**
 * Lets the browser handle input and paint before the caller goes on, so a long load is several
 * short tasks rather than one long one (the budget: no task over 150 ms on a slow phone).
 * `scheduler.yield()` resumes ahead of other queued work where the browser has it.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
