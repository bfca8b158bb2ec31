import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/shared/util/safeHref';

describe('safeHref', () => {
  it('keeps http and https URLs', () => {
    expect(safeHref('https://www.reuters.com/a?b=1')).toBe('https://www.reuters.com/a?b=1');
    expect(safeHref('HTTP://example.org')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'not a url',
    '',
    undefined,
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});
