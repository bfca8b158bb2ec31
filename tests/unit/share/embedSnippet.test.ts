import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/features/share/embedSnippet';

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    src: 'https://maps.example/huawei/?country=CAN&embed=1',
    title: 'Map: where Huawei is banned "and" <more>',
  });
  it('gives an iframe with a title, lazy loading and a fallback height', () => {
    expect(snippet).toMatch(/^<iframe src="https:\/\/maps\.example\/huawei\/\?country=CAN&amp;embed=1"/);
    expect(snippet).toContain('title="Map: where Huawei is banned &quot;and&quot; &lt;more&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="640"');
  });
  it('checks the message’s source window and origin, and clamps the height', () => {
    expect(snippet).toContain('e.source !== frame.contentWindow');
    expect(snippet).toContain('e.origin !== "https://maps.example"');
    expect(snippet).toContain('Math.min(Math.max(h, 240), 4000)');
  });
});
