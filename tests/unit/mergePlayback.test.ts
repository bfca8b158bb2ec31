import { describe, expect, it } from 'vitest';
import { emptyResult, mergePlayback, type PlaybackResult } from '../../scripts/bench/playback';

const round = (over: Partial<PlaybackResult>): PlaybackResult => ({
  ...emptyResult(),
  mode: 'play',
  speed: '4×',
  ...over,
});

describe('mergePlayback (the benchmark plays each page in rounds)', () => {
  it('pools every round’s frames, so medians and percentiles are over all of them', () => {
    const merged = mergePlayback([
      round({ frames: { few: [10, 12], all: [20], travel: [], idle: [3] }, afterStep: [4] }),
      round({ frames: { few: [11], all: [], travel: [], idle: [2, 2] }, afterStep: [5] }),
    ]);
    expect(merged.frames).toEqual({ few: [10, 12, 11], all: [20], travel: [], idle: [3, 2, 2] });
    expect(merged.afterStep).toEqual([4, 5]);
  });

  it('weights each round’s breakdown by its frames, and busy share and frame rate by its time', () => {
    const merged = mergePlayback([
      round({
        frames: { few: [1, 1, 1], all: [], travel: [], idle: [] },
        parts: { few: [['script', 3]], all: [], travel: [], idle: [] },
        seconds: 3,
        busy: 0.5,
        fps: 60,
        changes: { observed: 10, traced: 10 },
      }),
      round({
        frames: { few: [1], all: [], travel: [], idle: [] },
        parts: {
          few: [
            ['script', 1],
            ['style', 2],
          ],
          all: [],
          travel: [],
          idle: [],
        },
        seconds: 1,
        busy: 0.1,
        fps: 40,
        changes: { observed: 4, traced: 3 },
      }),
    ]);
    // script: (3 × 3 frames + 1 × 1 frame) / 4 frames; style only in the second round's one frame.
    expect(merged.parts.few).toEqual([
      ['script', 2.5],
      ['style', 0.5],
    ]);
    expect(merged.seconds).toBe(4);
    expect(merged.busy).toBeCloseTo(0.4);
    expect(merged.fps).toBeCloseTo(55);
    expect(merged.changes).toEqual({ observed: 14, traced: 13 });
  });

  it('keeps every round’s notes and errors, once each', () => {
    const merged = mergePlayback([
      round({ note: ['cut short'], error: 'stopped after 30 s' }),
      round({ note: ['cut short'] }),
      round({ error: 'stopped after 30 s' }),
    ]);
    expect(merged.note).toEqual(['cut short']);
    expect(merged.error).toBe('stopped after 30 s');
  });

  it('says “not played” when no round could play (no Play button)', () => {
    const merged = mergePlayback([round({ mode: 'none', error: 'no Play button on the page' })]);
    expect(merged.mode).toBe('none');
    expect(merged.frames.few).toEqual([]);
    expect(merged.busy).toBeNull();
  });
});
