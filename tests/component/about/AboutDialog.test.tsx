import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AboutDialog } from '../../../src/features/about/AboutDialog';
import { useAppStore } from '../../../src/state/AppStoreContext';
import { parseDate } from '../../../src/data/dates';
import { formatDate } from '../../../src/shared/text/formatDate';
import { createIndex, type DatasetIndex } from '../../../src/data/createIndex';
import type { Dataset } from '../../../src/data/schema';
import { realIndex, renderWithProviders } from '../renderWithProviders';

beforeAll(() => {
  document.documentElement.lang = 'en-GB';
});

/** The header's About button and the dialog's mount, as AppHeader and App wire them. */
function AboutHarness() {
  const aboutOpen = useAppStore((s) => s.dialog === 'about');
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <>
      <button type="button" onClick={() => openDialog('about')}>
        About this map
      </button>
      {aboutOpen && <AboutDialog />}
    </>
  );
}

/** A section of the dialog, by its heading. */
const sectionOf = (dialog: HTMLElement, heading: string) =>
  within(dialog).getByRole('region', { name: heading });

async function openAbout(index?: DatasetIndex) {
  const user = userEvent.setup();
  const rendered = renderWithProviders(<AboutHarness />, index ? { index } : {});
  await user.click(screen.getByRole('button', { name: 'About this map' }));
  return { user, ...rendered, dialog: screen.getByRole('dialog', { name: 'About this map' }) };
}

const index = realIndex();
const updates = index.dataset.updates;

describe('AboutDialog', () => {
  it('opens on how to read the map, then the method, and ends with the article’s FAQ', async () => {
    const { dialog } = await openAbout();
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'How to read the map',
      'What the colours mean',
      'Where the data comes from',
      'What the data holds',
      'Errors in the source, corrected',
      'The article’s questions and answers',
    ]);
  });

  it('explains how to read the map: colours and legend, a country’s updates, the timeline, the link', async () => {
    const { dialog } = await openAbout();
    const section = sectionOf(dialog, 'How to read the map');
    expect(section).toHaveTextContent(
      'coloured by Huawei’s status on the date shown; banned and restricted countries are hatched too',
    );
    expect(section).toHaveTextContent('banned and restricted countries are hatched too');
    expect(section).toHaveTextContent('Select a country on the map, with the search, or in the table view');
    const first = index.timeline[0]!;
    const last = index.timeline[index.timeline.length - 1]!;
    expect(section).toHaveTextContent(
      `The timeline runs from the first update, ${formatDate(first.day, first.precision)}, to the latest, ${formatDate(last.day, last.precision)}.`,
    );
    expect(section).toHaveTextContent('press Play to watch the map change. Compare sets two dates, A and B');
    expect(section).toHaveTextContent('so a link opens on what you see');
  });

  it('says where the data comes from, with how many updates of each kind', async () => {
    const { dialog } = await openAbout();
    const section = sectionOf(dialog, 'Where the data comes from');
    expect(section).toHaveTextContent(
      'ChannelE2E: “Huawei: Banned and Permitted In Which Countries? List and FAQ” First published 3 February 2019.',
    );
    const years = updates.map((u) => Number(u.date.slice(0, 4)));
    const period = `${Math.min(...years)}–${Math.max(...years)}`;
    expect(section).toHaveTextContent(`dated updates on Huawei in 5G networks, ${period},`);
    const count = (p: string) => updates.filter((u) => u.provenance === p).length;
    const kinds = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const expected = [
      [`The article’s page one, kept verbatim: ${count('article')} updates`, count('article')],
      [
        `Its pages two and three, of which only the opening items could be read: ${count('article-summary')} updates`,
        count('article-summary'),
      ],
      [
        `Reports by other outlets: ${count('report')} updates, each summarised in our own words`,
        count('report'),
      ],
      ['Readers’ comments are left out, except', count('reader-comment')],
    ] as const;
    expect(kinds).toHaveLength(expected.filter(([, n]) => n > 0).length);
    for (const [start, n] of expected) if (n > 0) expect(kinds.some((k) => k.startsWith(start))).toBe(true);
    const updated = parseDate(index.dataset.updatedAt)!;
    expect(section).toHaveTextContent(
      `Latest update in the data: ${formatDate(updated.day, updated.precision)}.`,
    );
  });

  it('says what the colours mean: the four statuses and no data, how they are dated and judged', async () => {
    const { dialog } = await openAbout();
    const section = sectionOf(dialog, 'What the colours mean');
    expect(section).toHaveTextContent('latest update on or before that date');
    for (const status of ['Banned', 'Restricted', 'Debating', 'Permitted', 'No data'])
      expect(within(section).getByText(status)).toBeInTheDocument();
    expect(within(section).getByText(/excluded Huawei from its 5G networks/)).toBeInTheDocument();
    expect(section).toHaveTextContent('the update carries a note saying why');
  });

  it('counts what the data holds, from the data', async () => {
    const { dialog } = await openAbout();
    const section = sectionOf(dialog, 'What the data holds');
    const value = (term: string | RegExp) =>
      within(section).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(value('Updates')).toHaveTextContent(String(updates.length));
    const years = updates.map((u) => Number(u.date.slice(0, 4)));
    expect(value('Period (first to last update)')).toHaveTextContent(
      `${Math.min(...years)}–${Math.max(...years)}`,
    );
    const countries = [...index.statusesAt(index.lastDay).keys()].filter(
      (id) => index.entities.get(id)?.kind === 'country',
    );
    expect(value(/^Countries with a status on /)).toHaveTextContent(String(countries.length));
    expect(value('Countries, companies and blocs')).toHaveTextContent(
      new RegExp(`^${index.dataset.entities.length}\\b`),
    );
    const outlets = new Set(
      updates
        .filter((u) => u.provenance === 'report')
        .flatMap((u) =>
          u.sources.map((src) =>
            src.name
              .replace(/\s*\([^)]*\)\s*$/, '')
              .trim()
              .toLowerCase(),
          ),
        ),
    );
    expect(value('Outlets whose reports we summarise')).toHaveTextContent(String(outlets.size));
  });

  it('lists every error corrected in the source, one entry each', async () => {
    const { dialog } = await openAbout();
    const corrections = updates.flatMap((u) => u.corrections ?? []).length;
    expect(within(dialog).getByText(`${corrections} errors found in the article:`)).toBeInTheDocument();
    const list = within(dialog).getByRole('list', { name: 'Errors in the source, corrected' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(corrections);
    /** The erratum filed under a heading on a date: what was printed, what we use, why. */
    const erratum = (where: string) => {
      const item = within(list).getByText(where).closest('li')!;
      const value = (term: string) => within(item).getByText(term, { selector: 'dt' }).nextElementSibling;
      return { printed: value('Printed'), used: value('We use'), why: value('Why') };
    };

    const canada = erratum('Canada, 19 May 2022');
    expect(canada.printed).toHaveTextContent('“May 19, 2021”');
    expect(canada.used).toHaveTextContent('19 May 2022');
    expect(canada.why).toHaveTextContent(/^The year is wrong/);

    const china = erratum('China, 20 August 2020');
    expect(china.printed).toHaveTextContent('“August 20, 6:00 a.m.”');
    expect(china.used).toHaveTextContent('20 August 2020');

    const kpn = erratum('Netherlands, 15 October 2020');
    expect(kpn.printed).toHaveTextContent('“Denmark”');
    expect(kpn.used).toHaveTextContent('Netherlands');
    expect(kpn.why).toHaveTextContent(/^Filed under the wrong heading/);

    const laiye = erratum('Brazil, 28 November 2021');
    expect(laiye.printed).toHaveTextContent('“Laive and Huawei”');
    expect(laiye.used).toHaveTextContent('Laiye and Huawei');
  });

  it('shows the article’s FAQ, grouped by question, with sources', async () => {
    const { dialog } = await openAbout();
    expect(
      within(dialog).getByRole('heading', { name: 'The article’s questions and answers' }),
    ).toBeInTheDocument();
    for (const q of [
      'What has Huawei said about the spying allegations?',
      'What allegations does Huawei face in terms of intellectual property (IP) and research and development (R&D)?',
      'Why has global discussion about Huawei’s alleged business practices intensified in recent months?',
    ])
      expect(within(dialog).getByRole('heading', { level: 4, name: q })).toBeInTheDocument();
    expect(within(dialog).getByText(/willing to sign “no-spy” agreements/)).toBeInTheDocument();
    expect(within(dialog).getByText('National Review')).toBeInTheDocument();
  });

  it('closes with the Close button and gives focus back to the About button', async () => {
    const { user, store } = await openAbout();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().dialog).toBeNull();
    expect(screen.getByRole('button', { name: 'About this map' })).toHaveFocus();
  });

  it('closes with Escape', async () => {
    const { user, store } = await openAbout();
    await user.keyboard('{Escape}');
    expect(store.getState().dialog).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'About this map' })).toHaveFocus();
  });
});

describe('AboutDialog for another newsroom’s file', () => {
  // One year, the article's words only: no later pages, reports or readers to explain.
  const own: Dataset = {
    schemaVersion: 2,
    title: 'Own story',
    description: 'Own story',
    updatedAt: '2020-03',
    entities: [{ id: 'NOR', kind: 'country', name: 'Norway' }],
    updates: [
      {
        id: 'nor-1',
        entity: 'NOR',
        date: '2020-02-01',
        text: 'Words.',
        provenance: 'article',
        sources: [{ name: 'NRK' }],
        status: { NOR: 'debating' },
      },
      {
        id: 'nor-2',
        entity: 'NOR',
        date: '2020-03',
        text: 'More.',
        provenance: 'article',
        sources: [{ name: 'nrk ' }],
      },
    ],
  };

  it('describes only the kinds of source it has, and its own period and counts', async () => {
    const { dialog } = await openAbout(createIndex(own));
    const section = sectionOf(dialog, 'Where the data comes from');
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^The article’s page one, kept verbatim: 2 updates/)]);
    expect(section).toHaveTextContent('dated updates on Huawei in 5G networks, 2020,');
    expect(section).toHaveTextContent('Latest update in the data: March 2020.');
    const facts = sectionOf(dialog, 'What the data holds');
    const value = (term: string) => within(facts).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(value('Period (first to last update)')).toHaveTextContent(/^2020$/);
    expect(value('Countries with a status on March 2020')).toHaveTextContent(/^1$/);
    // An article-only file summarises no reports.
    expect(value('Outlets whose reports we summarise')).toHaveTextContent(/^0$/);
    expect(dialog).not.toHaveTextContent('2018');
  });
});

describe('AboutDialog with a native modal dialog', () => {
  // jsdom has no showModal; stand in for the browser's: open on showModal, "close" event on close.
  const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
  afterEach(() => {
    delete proto.showModal;
    delete proto.close;
  });

  it('opens with showModal and reports the close event to the store', async () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    proto.showModal = showModal;
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
    const { user, store } = await openAbout();
    expect(showModal).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().dialog).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
