import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from '../../../src/shared/util/createThrottle';

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs the first work at once, and of a burst only the last, at the end of the interval', () => {
    const done: number[] = [];
    const throttle = createThrottle(1000);
    for (const n of [1, 2, 3, 4]) throttle.run(() => done.push(n));
    expect(done).toEqual([1]);
    vi.advanceTimersByTime(999);
    expect(done).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual([1, 4]);
    // A whole interval later, work runs at once again.
    vi.advanceTimersByTime(1000);
    throttle.run(() => done.push(5));
    expect(done).toEqual([1, 4, 5]);
  });

  it('drops waiting work when cancelled', () => {
    const done: number[] = [];
    const throttle = createThrottle(1000);
    throttle.run(() => done.push(1));
    throttle.run(() => done.push(2));
    throttle.cancel();
    vi.advanceTimersByTime(5000);
    expect(done).toEqual([1]);
  });
});
