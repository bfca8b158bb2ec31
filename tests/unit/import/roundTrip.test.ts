import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { toImportCsv } from '../../../src/data/toImportCsv';
import { datasetFromCsv, updatesFromCsv } from '../../../src/data/updatesFromCsv';
import type { StoryFile } from '../../../src/data/importStory';
import { fixtureCsv, fixtureStory, HEADER, TODAY } from './helpers';

describe('toImportCsv → import gives the same updates', () => {
  it('on the fictional fixture, ids included', () => {
    const story = fixtureStory();
    const first = datasetFromCsv(fixtureCsv(), story, { today: TODAY });
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const csv = toImportCsv(first.dataset);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    const again = datasetFromCsv(csv, story, { today: TODAY });
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.dataset).toEqual(first.dataset);
  });

  it('on public/data/huawei-5g.json, restricted to what the columns carry', () => {
    const huawei = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')) as Dataset;
    const story: StoryFile = {
      story: {
        title: 'Huawei',
        subject: 'Huawei',
        statuses: ['banned', 'restricted', 'debating', 'permitted'].map((id) => ({
          id,
          label: id[0]!.toUpperCase() + id.slice(1),
          meaning: id,
        })),
      },
      entities: huawei.entities.filter((e) => e.kind !== 'country'),
    };
    // What the CSV carries: a status for the update's own entity, not mentions, corrections,
    // questions or provenance. A status needs a URL to be a report (checkDataset): the article's
    // own statuses without one cannot be imported, and are left out.
    const expected = huawei.updates
      .map((u) => {
        const status = u.status?.[u.entity];
        return {
          entity: u.entity,
          date: u.date,
          text: u.text,
          sources: u.sources,
          ...(status !== undefined && { status: { [u.entity]: status } }),
          ...(u.note !== undefined && { note: u.note }),
          provenance: 'report',
        };
      })
      .filter((u) => !u.status || u.sources.some((s) => s.url !== undefined));
    expect(expected.length).toBeGreaterThan(400);
    const result = updatesFromCsv(toImportCsv({ updates: expected }), story);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.updates.map(({ id: _id, ...u }) => u)).toEqual(expected);
    expect(new Set(result.updates.map((u) => u.id)).size).toBe(result.updates.length);
  });
});
