import { describe, expect, it } from 'vitest';
import { createStatusScale, type Theme } from '../../../src/data/statusScale';
import { STATUS_OR_NONE, STATUS_STYLES } from '../../huaweiScale';

/**
 * Checks the palette the way a colour-blind reader sees it: each colour is passed through
 * Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1 (full dichromacy),
 * in linear RGB, and every pair of statuses must stay apart by ΔE (CIE76, Lab) ≥ 10.
 */
type Vec = [number, number, number];
type Matrix = [Vec, Vec, Vec];

const MACHADO: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const hex = (h: string): Vec => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Vec;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));
const apply = (m: Matrix, v: Vec): Vec =>
  m.map((row) => clamp(row[0] * v[0] + row[1] * v[1] + row[2] * v[2])) as Vec;

function lab(linear: Vec): Vec {
  const [r, g, b] = linear;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function luminance(h: string) {
  const [r, g, b] = hex(h).map(toLinear) as Vec;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const visions = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
const themes: Theme[] = ['light', 'dark'];

const SIZES = [2, 3, 4, 5, 6] as const;
/** A story of n statuses, s0 the most restrictive. */
const scaleOf = (n: number) => createStatusScale(Array.from({ length: n }, (_, i) => `s${i}`));

describe('the status colour scale', () => {
  for (const n of SIZES)
    for (const theme of themes)
      for (const vision of visions)
        it(`keeps ${n} statuses and no data apart (ΔE ≥ 10) under ${vision}, ${theme} theme`, () => {
          const scale = scaleOf(n);
          const seen = scale.order.map((s) => {
            const linear = hex(scale.style(s, theme).fill).map(toLinear) as Vec;
            return [s, lab(vision === 'normal' ? linear : apply(MACHADO[vision], linear))] as const;
          });
          const close: string[] = [];
          for (let i = 0; i < seen.length; i++)
            for (let j = i + 1; j < seen.length; j++) {
              const d = deltaE(seen[i]![1], seen[j]![1]);
              if (d < 10) close.push(`${seen[i]![0]}/${seen[j]![0]} ΔE ${d.toFixed(1)}`);
            }
          expect(close).toEqual([]);
        });

  for (const n of SIZES)
    for (const theme of themes)
      it(`gives text drawn on each of ${n} status colours AA contrast (${theme})`, () => {
        const scale = scaleOf(n);
        for (const s of scale.order) {
          const { fill, ink } = scale.style(s, theme);
          expect(contrast(fill, ink), `${s} ${fill} / ${ink}`).toBeGreaterThanOrEqual(4.5);
        }
      });

  it('hatches the most restrictive status, and the next from four statuses on', () => {
    for (const n of SIZES)
      for (const theme of themes) {
        const patterns = scaleOf(n).order.map((s) => scaleOf(n).style(s, theme).pattern);
        const hatched = n >= 4 ? ['cross', 'diagonal'] : ['cross'];
        expect(patterns, `${n} ${theme}`).toEqual([...hatched, ...Array(n + 1 - hatched.length).fill(null)]);
      }
  });

  it('gives the Huawei story exactly the colours and patterns it always had', () => {
    expect(STATUS_STYLES).toEqual({
      light: {
        banned: { fill: '#8e0c25', ink: '#ffffff', pattern: 'cross' },
        restricted: { fill: '#e66100', ink: '#000000', pattern: 'diagonal' },
        debating: { fill: '#f5c542', ink: '#000000', pattern: null },
        permitted: { fill: '#2c7bb6', ink: '#ffffff', pattern: null },
        none: { fill: '#dedede', ink: '#000000', pattern: null },
      },
      dark: {
        banned: { fill: '#c8324a', ink: '#ffffff', pattern: 'cross' },
        restricted: { fill: '#f07f2a', ink: '#000000', pattern: 'diagonal' },
        debating: { fill: '#f5d05e', ink: '#000000', pattern: null },
        permitted: { fill: '#4a9be0', ink: '#000000', pattern: null },
        none: { fill: '#444a54', ink: '#ffffff', pattern: null },
      },
    });
    expect(STATUS_OR_NONE.at(-1)).toBe('none');
  });
});
