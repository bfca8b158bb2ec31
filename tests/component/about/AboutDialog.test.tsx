import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { AboutDialog } from '../../../src/features/about/AboutDialog';
import { useAppStore } from '../../../src/state/AppStoreContext';
import { renderWithProviders } from '../renderWithProviders';

beforeAll(() => {
  document.documentElement.lang = 'en-GB';
});

/** The header's About button and the lazy mount, as App.tsx wires them. */
function AboutHarness() {
  const aboutOpen = useAppStore((s) => s.aboutOpen);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <>
      <button type="button" onClick={() => setAboutOpen(true)}>
        About this map
      </button>
      {aboutOpen && <AboutDialog />}
    </>
  );
}

async function openAbout() {
  const user = userEvent.setup();
  const rendered = renderWithProviders(<AboutHarness />);
  await user.click(screen.getByRole('button', { name: 'About this map' }));
  return { user, ...rendered, dialog: screen.getByRole('dialog', { name: 'About this map' }) };
}

describe('AboutDialog', () => {
  it('lists every error corrected in the source, one entry each', async () => {
    const { dialog } = await openAbout();
    expect(within(dialog).getByText('6 errors found in the article:')).toBeInTheDocument();
    const list = within(dialog).getByRole('list', { name: 'Errors in the source, corrected' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
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
    expect(within(dialog).getByRole('heading', { name: 'Questions and answers' })).toBeInTheDocument();
    for (const q of [
      'What has Huawei said about the spying allegations?',
      'What allegations does Huawei face in terms of intellectual property (IP) and research and development (R&D)?',
      'Why has global discussion about Huawei’s alleged business practices intensified in recent months?',
    ])
      expect(within(dialog).getByRole('heading', { level: 4, name: q })).toBeInTheDocument();
    expect(within(dialog).getByText(/willing to sign “no-spy” agreements/)).toBeInTheDocument();
    expect(within(dialog).getByText('National Review')).toBeInTheDocument();
  });

  it('explains the statuses and where the data comes from', async () => {
    const { dialog } = await openAbout();
    expect(within(dialog).getByText('Banned')).toBeInTheDocument();
    expect(within(dialog).getByText(/excluded Huawei from its 5G networks/)).toBeInTheDocument();
    expect(within(dialog).getByText('No data')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'ChannelE2E: “Huawei: Banned and Permitted In Which Countries? List and FAQ” First published 3 February 2019.',
    );
    expect(dialog).toHaveTextContent('Latest update in the data: 29 June 2022.');
    expect(dialog).toHaveTextContent('Readers’ comments are left out, except one');
  });

  it('closes with the Close button and gives focus back to the About button', async () => {
    const { user, store } = await openAbout();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().aboutOpen).toBe(false);
    expect(screen.getByRole('button', { name: 'About this map' })).toHaveFocus();
  });

  it('closes with Escape', async () => {
    const { user, store } = await openAbout();
    await user.keyboard('{Escape}');
    expect(store.getState().aboutOpen).toBe(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'About this map' })).toHaveFocus();
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
    expect(store.getState().aboutOpen).toBe(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
