import type { EventTick } from './timelineTicks';

/** The ticks' drawing box: 1000 units across the slider, and 28 px down to the line they stand on. */
export const TICKS_VIEW_WIDTH = 1000;
export const TICKS_BASELINE_PX = 28;

/** Tick height in px: one update → 8 px, each more adds 5 px, capped so a busy day stays in the track. */
export function tickHeight(count: number): number {
  return Math.min(8 + 5 * (Math.max(1, count) - 1), 22);
}

/**
 * Every tick as a vertical stroke in one of two SVG paths — days that set a status, drawn
 * stronger, and the others — rather than an element per update date: a dataset can have
 * thousands, and each element was more for the browser to sort into layers on every repaint.
 */
export function tickPaths(ticks: readonly EventTick[]): { plain: string; status: string } {
  let plain = '';
  let status = '';
  for (const t of ticks) {
    const x = Math.round(t.position * TICKS_VIEW_WIDTH * 100) / 100;
    const segment = `M${x} ${TICKS_BASELINE_PX}v${-tickHeight(t.count)}`;
    if (t.setsStatus) status += segment;
    else plain += segment;
  }
  return { plain, status };
}
