import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { dateOfDay } from '../../data/dates';
import type { Caption, CaptionItem } from './captionAt';

const SEP = ' · ';
const t = strings.timeline;

/** Entries the live region names before "and 3 more": it speaks while playback moves on. */
export const BRIEF_ITEMS = 4;

/** "15 Jul 2020", or a span: "13 Jun – 13 Aug 2018", "Dec 2018 – 18 Jan 2019" (long: in words). */
function dateOf(c: Caption, style: 'short' | 'long'): string {
  const to = formatDate(c.day, c.precision, style);
  if (c.from === c.day) return to;
  const a = dateOfDay(c.from);
  const sameYear = a.getUTCFullYear() === dateOfDay(c.day).getUTCFullYear();
  const from =
    sameYear && c.fromPrecision !== 'year' && c.precision !== 'year'
      ? t.spanStart(
          c.fromPrecision === 'day' ? a.getUTCDate() : null,
          (style === 'long' ? strings.date.months : strings.date.monthsShort)[a.getUTCMonth()]!,
        )
      : formatDate(c.from, c.fromPrecision, style);
  return style === 'short' ? t.captionSpan(from, to) : t.announceSpan(from, to);
}

function shown(item: CaptionItem): string {
  if (!item.status) return t.captionContext(item.name);
  return (item.unchanged ? t.captionUnchanged : t.captionStatus)(item.name, item.label);
}

function spoken(item: CaptionItem): string {
  if (!item.status) return t.announceContext(item.name);
  return (item.unchanged ? t.announceUnchanged : t.announceStatus)(item.name, item.label);
}

/**
 * The caption's possible lines, fullest first: "15 Jul 2020 · United Kingdom → banned · Reuters",
 * then without the outlet, then naming fewer entries ("1 Feb 2019 · 8 updates: Italy → debating,
 * +7 more", and without the count), down to the count alone. The caption shows the first that
 * fits on its one line. `dateShown`: the big date says the (last) day, so before giving up
 * the last name the line may give up its date.
 */
export function captionLines(c: Caption | null, dateShown = false): string[] {
  if (!c) return [t.noUpdateYet];
  const date = `${dateOf(c, 'short')}${SEP}`;
  const names = c.items.map(shown);
  const n = names.length;
  const all = names.join(', ');
  const lines = c.sources.length === 1 ? [`${date}${all}${SEP}${c.sources[0]}`] : [];
  lines.push(`${date}${all}`);
  const count = t.captionCount(
    n,
    c.items.every((i) => i.status && !i.unchanged),
  );
  const fewer = (prefix: string, from: number) => {
    for (let k = from; k >= 1; k--) {
      const list = [...names.slice(0, k), t.captionMore(n - k)].join(', ');
      lines.push(`${prefix}${t.captionCounted(count, list)}`, `${prefix}${list}`);
    }
  };
  fewer(date, n - 1);
  if (dateShown) {
    lines.push(all);
    fewer('', n - 1);
  }
  if (n > 1) lines.push(`${date}${count}`);
  if (n > 1 && dateShown) lines.push(count);
  return lines;
}

/** Every entry and every outlet, as shown: the caption's tooltip. */
export function captionTitle(c: Caption | null): string {
  if (!c) return t.noUpdateYet;
  return [dateOf(c, 'short'), c.items.map(shown).join(', '), c.sources.join(', ')].filter(Boolean).join(SEP);
}

/**
 * The caption in words for screen readers (arrows and middots read badly aloud): every entry
 * and outlet, for a reader who stops to read it. `brief`, for the live region, which speaks
 * while playback moves on: BRIEF_ITEMS entries and "and 3 more", and the outlet only if one.
 */
export function captionSpoken(c: Caption | null, brief = false): string {
  if (!c) return t.noUpdateYet;
  const words = c.items.slice(0, brief ? BRIEF_ITEMS : undefined).map(spoken);
  if (c.items.length > words.length) words.push(t.announceMore(c.items.length - words.length));
  const date = dateOf(c, 'long');
  if (c.sources.length <= 1 || brief)
    return t.announce(date, words.join(', '), c.sources.length === 1 ? c.sources[0]! : null);
  return t.announceSources(date, words.join(', '), c.sources.join(', '));
}

/**
 * The first of `lines` that fits in `widthPx`, as `measure` reckons text; the last (the
 * shortest) when none does, left for CSS to cut. Any line when the width is not known yet.
 */
export function fitLine(
  lines: readonly string[],
  widthPx: number,
  measure: (text: string) => number,
): string {
  if (!(widthPx > 0)) return lines[0] ?? '';
  return lines.find((line) => measure(line) <= widthPx) ?? lines[lines.length - 1] ?? '';
}
