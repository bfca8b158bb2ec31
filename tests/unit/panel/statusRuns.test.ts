import { describe, expect, it } from 'vitest';
import { statusRuns } from '../../../src/features/panel/statusRuns';

describe('statusRuns', () => {
  it('starts with no data and merges repeated statuses into one run', () => {
    const runs = statusRuns(
      [
        { day: 10, status: 'debating' },
        { day: 20, status: 'debating' },
        { day: 30, status: 'banned' },
      ],
      0,
      49,
    );
    expect(runs).toEqual([
      { status: 'none', from: 0, to: 10 },
      { status: 'debating', from: 10, to: 30 },
      { status: 'banned', from: 30, to: 50 },
    ]);
  });

  it('drops the empty no-data run when the first status falls on the first day', () => {
    expect(statusRuns([{ day: 0, status: 'permitted' }], 0, 9)).toEqual([
      { status: 'permitted', from: 0, to: 10 },
    ]);
  });

  it('clamps transitions outside the timeline', () => {
    expect(
      statusRuns(
        [
          { day: -5, status: 'debating' },
          { day: 5, status: 'banned' },
          { day: 99, status: 'permitted' },
        ],
        0,
        9,
      ),
    ).toEqual([
      { status: 'debating', from: 0, to: 5 },
      { status: 'banned', from: 5, to: 10 },
    ]);
  });

  it('merges runs that become neighbours after a replaced run', () => {
    // debating, then on day 0 (first day) a restriction replaces the no-data run.
    expect(
      statusRuns(
        [
          { day: 0, status: 'restricted' },
          { day: 4, status: 'restricted' },
        ],
        0,
        9,
      ),
    ).toEqual([{ status: 'restricted', from: 0, to: 10 }]);
  });

  it('gives one no-data run without transitions', () => {
    expect(statusRuns([], 3, 7)).toEqual([{ status: 'none', from: 3, to: 8 }]);
  });
});
