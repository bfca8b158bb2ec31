import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/data/statusScale';
import { STATUS_OR_NONE, fillFor } from '../../huaweiScale';

const css = readFileSync('src/features/map/map.css', 'utf8');

describe('the prerendered map’s CSS fills (map.css)', () => {
  it('colour every status in both themes exactly as the one colour scale does', () => {
    for (const theme of THEMES)
      for (const status of STATUS_OR_NONE) {
        const prefix = theme === 'dark' ? ":root\\[data-theme='dark'\\] " : '';
        const rule = new RegExp(
          `(^|\\n)${prefix}#root\\[data-prerendered\\] \\.map-country\\[data-status='${status}'\\],\\n` +
            `${prefix}#root\\[data-prerendered\\] \\.map-marker\\[data-status='${status}'\\] \\.map-marker__dot \\{\\n` +
            `  fill: ([^;]+);`,
        );
        const m = rule.exec(css);
        expect(m?.[2], `${theme} ${status}`).toBe(fillFor(status, theme));
      }
  });
});
