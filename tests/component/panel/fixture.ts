import { createIndex, type DatasetIndex } from '../../../src/data/createIndex';
import type { Dataset, Update } from '../../../src/data/schema';
import { formatProblems, validateDataset } from '../../../src/data/validateDataset';

const PAGE_TWO = 'https://www.channele2e.com/business/enterprise/huawei-banned-in-which-countries/2/';

/** Another outlet's report, summarised: one Reuters source with its URL. */
const report = (
  id: string,
  entity: string,
  date: string,
  sourceDate: string,
  extra: Partial<Update> = {},
): Update => ({
  id,
  entity,
  date,
  text: `Report ${id}.`,
  provenance: 'report',
  sources: [{ name: 'Reuters', date: sourceDate, url: `https://example.org/${id}` }],
  ...extra,
});

/**
 * A small dataset shaped like the real one: a country with thirteen updates over six years
 * (2022 has none), a bloc whose updates reach a member with none of its own, a country the data
 * lists without a single update, and one update of every provenance.
 */
export const fixture: Dataset = {
  schemaVersion: 2,
  title: 'Fixture',
  description: 'Fixture',
  updatedAt: '2024-04-01',
  entities: [
    { id: 'USA', kind: 'country', name: 'United States' },
    { id: 'FRA', kind: 'country', name: 'France' },
    { id: 'DEU', kind: 'country', name: 'Germany' },
    { id: 'HRV', kind: 'country', name: 'Croatia' },
    { id: 'VAT', kind: 'country', name: 'Vatican City' },
    { id: 'LIE', kind: 'country', name: 'Liechtenstein' },
    { id: 'EU', kind: 'bloc', name: 'European Union', members: ['DEU', 'FRA', 'HRV'] },
    { id: 'EFTA', kind: 'bloc', name: 'European Free Trade Association', members: ['LIE'] },
  ],
  updates: [
    report('usa-2018-08-13', 'USA', '2018-08-13', '13 August 2018', { status: { USA: 'restricted' } }),
    report('usa-2018-12-01', 'USA', '2018-12-01', '1 December 2018'),
    {
      id: 'usa-2019-01-28',
      entity: 'USA',
      date: '2019-01-28',
      text: 'The article’s own sentence about charges.',
      provenance: 'article',
      sources: [{ name: 'National Review', date: 'January 28, 2019' }],
    },
    report('usa-2019-05-15', 'USA', '2019-05-15', '15 May 2019', { status: { USA: 'banned' } }),
    report('usa-2019-06-01', 'USA', '2019-06-01', '1 June 2019'),
    report('usa-2019-09-01', 'USA', '2019-09-01', '1 September 2019'),
    report('usa-2020-05-15', 'USA', '2020-05-15', '15 May 2020'),
    report('usa-2020-08-17', 'USA', '2020-08-17', '17 August 2020'),
    report('usa-2020-12-01', 'USA', '2020-12-01', '1 December 2020'),
    report('usa-2021-03-12', 'USA', '2021-03-12', '12 March 2021'),
    report('usa-2023-02-01', 'USA', '2023-02-01', '1 February 2023'),
    report('usa-2023-06-01', 'USA', '2023-06-01', '1 June 2023'),
    report('usa-2024-04-01', 'USA', '2024-04-01', '1 April 2024'),
    {
      id: 'fra-2019-02-06',
      entity: 'FRA',
      date: '2019-02-06',
      text: 'Our summary of the French item.',
      provenance: 'article-summary',
      sources: [
        { name: 'Reuters', date: 'February 6, 2019' },
        { name: 'ChannelE2E, page two of the article', url: PAGE_TWO },
      ],
      status: { FRA: 'debating' },
    },
    {
      id: 'fra-2019-06-16-reader',
      entity: 'FRA',
      date: '2019-06-16',
      text: 'A reader’s claim.',
      provenance: 'reader-comment',
      sources: [{ name: 'rt.com', url: 'https://www.rt.com/story/' }],
    },
    report('deu-2019-01-31', 'DEU', '2019-01-31', '31 January 2019', { status: { DEU: 'debating' } }),
    report('eu-2019-03-26', 'EU', '2019-03-26', '26 March 2019', { status: { EU: 'debating' } }),
    report('eu-2020-01-29', 'EU', '2020-01-29', '29 January 2020'),
    report('eu-2023-06-15', 'EU', '2023-06-15', '15 June 2023'),
  ],
};

export const PAGE_TWO_URL = PAGE_TWO;

/** The fixture, validated as the app validates a file, then indexed. */
export function fixtureIndex(): DatasetIndex {
  const result = validateDataset(fixture, { today: new Date('2026-06-01') });
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return createIndex(result.dataset);
}
