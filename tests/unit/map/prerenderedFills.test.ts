import { describe, expect, it } from 'vitest';
import { THEMES, createStatusScale, type StatusScale, type Theme } from '../../../src/data/statusScale';
import { DEFAULT_SCALE } from '../../../src/data/defaultScale';
import { prerenderedFillsCss } from '../../../src/features/map/prerenderedFillsCss';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The fill the stylesheet gives a country and a marker of `status` in `theme`, read back from its text. */
function fillIn(css: string, status: string, theme: Theme): string | undefined {
  const prefix = theme === 'dark' ? escape(":root[data-theme='dark'] ") : '';
  const rule = new RegExp(
    `(^|\\n)${prefix}#root\\[data-prerendered\\] \\.map-country\\[data-status='${escape(status)}'\\],\\n` +
      `${prefix}#root\\[data-prerendered\\] \\.map-marker\\[data-status='${escape(status)}'\\] \\.map-marker__dot \\{\\n` +
      `  fill: ([^;]+);\\n\\}`,
  );
  return rule.exec(css)?.[2];
}

const SCALES: [string, StatusScale][] = [
  ['the Huawei story', DEFAULT_SCALE],
  ['a three-status story', createStatusScale(['banned', 'limited', 'allowed'])],
];

describe('prerenderedFillsCss (the prerendered map’s fills, written at build time)', () => {
  for (const [name, scale] of SCALES)
    it(`colours every status of ${name} in both themes exactly as its scale does`, () => {
      const css = prerenderedFillsCss(scale);
      for (const theme of THEMES)
        for (const status of scale.order)
          expect(fillIn(css, status, theme), `${theme} ${status}`).toBe(scale.fill(status, theme));
      // One rule per status and theme, and the no-data marker's outline: nothing else.
      expect(css.match(/\{/g)).toHaveLength(scale.order.length * THEMES.length + 1);
      expect(css).toContain(
        "\n#root[data-prerendered] .map-marker[data-status='none'] .map-marker__dot {\n  stroke-opacity: 0;\n}\n",
      );
    });

  it('gives the Huawei story the colours and patterns it always had', () => {
    const css = prerenderedFillsCss(DEFAULT_SCALE);
    expect(fillIn(css, 'banned', 'light')).toBe('url(#hbm-pattern-banned-light)');
    expect(fillIn(css, 'restricted', 'dark')).toBe('url(#hbm-pattern-restricted-dark)');
    expect(fillIn(css, 'debating', 'light')).toBe('#f5c542');
    expect(fillIn(css, 'permitted', 'dark')).toBe('#4a9be0');
    expect(fillIn(css, 'none', 'light')).toBe('#dedede');
    expect(fillIn(css, 'none', 'dark')).toBe('#444a54');
  });

  it('refuses a status id that could break out of its selector', () => {
    for (const id of ["a']{}*{fill:red} x[y='", 'a b', '-a', 'a\\', ''])
      expect(() => prerenderedFillsCss(createStatusScale([id, 'ok'])), id).toThrow(/not a status id/);
  });
});
