import { describe, expect, it } from 'vitest';
import { judge, misses } from '../../scripts/bench/report';

const step = (ours: number, baseline: number) =>
  ({ section: 'Playback', metric: 'step p95', unit: 'ms', ours, baseline }) as const;

describe('the benchmark’s list of missed budgets (npm run bench -- --check)', () => {
  it('names a missed limit with our figure, the baseline’s and their ratio', () => {
    const rows = [judge(step(12, 6), { max: 8 })];
    expect(rows[0]!.pass).toBe(false);
    expect(misses(rows)).toEqual([
      'Playback — step p95: 12.0 ms (baseline 6.00 ms, 2.00×), budget ≤ 8.00 ms',
    ]);
  });

  it('says when the baseline misses an absolute limit too, and still fails the row: it explains, not excuses', () => {
    const rows = [judge(step(28, 11), { max: 8 })];
    expect(rows[0]!.pass).toBe(false);
    expect(misses(rows)).toHaveLength(1);
    expect(misses(rows)[0]).toMatch(/budget ≤ 8\.00 ms — the baseline misses it too: this machine is slower/);
  });

  it('says nothing of the baseline for ratio budgets, or when our figure passes', () => {
    expect(misses([judge(step(20, 11), { maxRatio: 1.5 })])[0]).not.toMatch(/misses it too/);
    expect(misses([judge(step(7, 11), { max: 8 })])).toEqual([]);
  });
});
