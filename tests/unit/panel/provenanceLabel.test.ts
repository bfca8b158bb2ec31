import { describe, expect, it } from 'vitest';
import { articlePage, provenanceLabel } from '../../../src/features/panel/provenanceLabel';

const PAGE = 'https://www.channele2e.com/business/enterprise/huawei-banned-in-which-countries';

describe('provenanceLabel', () => {
  it('says the article’s words for the article, and nothing for a reader comment (its tag says so)', () => {
    expect(provenanceLabel({ provenance: 'article', sources: [{ name: 'Reuters' }] })).toBe(
      'The article’s words',
    );
    expect(provenanceLabel({ provenance: 'reader-comment', sources: [{ name: 'rt.com' }] })).toBeNull();
  });

  it('names the article’s page our summary comes from, when its link says', () => {
    const sources = [
      { name: 'Reuters', date: 'February 6, 2019' },
      { name: 'ChannelE2E, page three of the article', url: `${PAGE}/3/` },
    ];
    expect(provenanceLabel({ provenance: 'article-summary', sources })).toBe(
      'Our summary of the article (page 3)',
    );
    expect(provenanceLabel({ provenance: 'article-summary', sources: [{ name: 'Reuters' }] })).toBe(
      'Our summary of the article',
    );
  });

  it('names the outlets of a report, each once', () => {
    const one = [{ name: 'Reuters', url: 'https://example.org/a' }];
    expect(provenanceLabel({ provenance: 'report', sources: one })).toBe(
      'Our summary of a report by Reuters',
    );
    const three = [{ name: 'AFP' }, { name: 'Reuters' }, { name: 'AFP' }, { name: 'EFE' }];
    expect(provenanceLabel({ provenance: 'report', sources: three })).toBe(
      'Our summary of reports by AFP, Reuters and EFE',
    );
  });
});

describe('articlePage', () => {
  it('reads the page from the URL’s last path segment, with or without a slash', () => {
    expect(articlePage([{ name: 'p', url: `${PAGE}/2/` }])).toBe(2);
    expect(articlePage([{ name: 'p', url: `${PAGE}/2?utm=x` }])).toBe(2);
  });

  it('finds no page in page one’s URL, a year in the middle of a path, or a broken URL', () => {
    expect(articlePage([{ name: 'p', url: `${PAGE}/` }])).toBeNull();
    expect(articlePage([{ name: 'p', url: 'https://example.org/2019/story' }])).toBeNull();
    expect(articlePage([{ name: 'p', url: 'not a url' }, { name: 'q' }])).toBeNull();
  });
});
