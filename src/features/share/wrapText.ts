/**
 * Average advance of a system sans-serif glyph, in ems. Exports are built without a DOM to
 * measure in, so widths are estimated, on the generous side: a line wraps a little early
 * rather than running off the image.
 */
const EM = { regular: 0.55, bold: 0.6 } as const;

export function estimateWidth(text: string, size: number, weight: keyof typeof EM = 'regular'): number {
  return [...text].length * size * EM[weight];
}

/** Breaks text into lines no wider than `width` (estimated), at spaces; long words stay whole. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: keyof typeof EM = 'regular',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
