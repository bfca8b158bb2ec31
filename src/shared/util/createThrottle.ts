/**
 * Runs the work it is given at most once per `intervalMs`: at once when the interval has passed
 * since the last run, else at the end of it — and then only the latest work given, so a burst
 * always ends on its last value. For text that follows playback (announcements, the map's
 * description), which would otherwise change on every update day of a fast playback.
 */
export function createThrottle(intervalMs: number) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => void) | undefined;
  const runNow = (work: () => void) => {
    lastAt = performance.now();
    work();
  };
  return {
    run(work: () => void): void {
      const wait = lastAt + intervalMs - performance.now();
      if (wait <= 0 && timer === undefined) return runNow(work);
      pending = work;
      timer ??= setTimeout(
        () => {
          timer = undefined;
          const next = pending;
          pending = undefined;
          if (next) runNow(next);
        },
        Math.max(0, wait),
      );
    },
    /** Drops the work waiting for the end of the interval. */
    cancel(): void {
      clearTimeout(timer);
      timer = pending = undefined;
    },
  };
}
