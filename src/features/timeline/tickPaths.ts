import type { EventTick } from './timelineTicks';

/** The ticks stand on the line 28 px down the track. */
export const TICKS_BASELINE_PX = 28;
/**
 * Ticks closer than this are merged into one, as tall as their updates together: hundreds of
 * update days on a phone-wide track would otherwise run into a solid bar.
 */
export const TICK_BIN_PX = 4;
/** The track's width assumed until it is measured: a small phone's. */
export const FALLBACK_WIDTH_PX = 320;

/**
 * Tick height in px: one update → 8 px, each doubling adds 4 px (a merged tick can hold dozens),
 * capped so that a busy stretch stays in the track.
 */
export function tickHeight(count: number): number {
  return Math.min(Math.round(8 + 4 * Math.log2(Math.max(1, count))), 22);
}

/**
 * Every tick as a vertical stroke in one of two SVG paths — days that set a status, drawn
 * stronger, and the others — rather than an element per update date: a dataset can have
 * thousands, and each element would be more for the browser to sort into layers on every repaint.
 * Drawn in px of a track `widthPx` wide, one stroke per TICK_BIN_PX-wide column that has any
 * update, on whole pixels so that the 2 px strokes stay sharp.
 */
export function tickPaths(
  ticks: readonly EventTick[],
  widthPx = 0,
): { plain: string; status: string; width: number } {
  const width = widthPx > 0 ? widthPx : FALLBACK_WIDTH_PX;
  const bins = Math.max(1, Math.floor(width / TICK_BIN_PX));
  const binPx = width / bins;
  const count = new Float64Array(bins);
  const setsStatus = new Uint8Array(bins);
  for (const t of ticks) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor(t.position * bins)));
    count[i]! += t.count;
    if (t.setsStatus) setsStatus[i] = 1;
  }
  let plain = '';
  let status = '';
  for (let i = 0; i < bins; i++) {
    if (count[i] === 0) continue;
    const segment = `M${Math.round((i + 0.5) * binPx)} ${TICKS_BASELINE_PX}v${-tickHeight(count[i]!)}`;
    if (setsStatus[i]) status += segment;
    else plain += segment;
  }
  return { plain, status, width };
}
