import type { Story } from './schema';

/**
 * The story of files before schema version 3, which had none: the Huawei map's own texts, as
 * the site has always shown them.
 */
export const DEFAULT_STORY: Story = {
  title: 'Where is Huawei banned?',
  subtitle:
    'Huawei in 5G networks, country by country: banned, restricted, debated or permitted, and since when',
  subject: 'Huawei',
  topic: 'Huawei in 5G networks',
  pageTitle: 'Where is Huawei banned? Huawei 5G status by country',
  credit: 'Compiled and corrected by the Huawei ban map.',
  statuses: [
    {
      id: 'banned',
      label: 'Banned',
      meaning: 'The government has excluded Huawei from its 5G networks, whatever the phase-out deadline.',
    },
    {
      id: 'restricted',
      label: 'Restricted',
      meaning:
        'A partial exclusion: from the core or sensitive parts, caps, government procurement only, or main operators dropping Huawei under pressure.',
    },
    {
      id: 'debating',
      label: 'Debating',
      meaning: 'A review, consultation, warning or open debate, with no decision yet.',
    },
    {
      id: 'permitted',
      label: 'Permitted',
      meaning: 'Huawei is allowed and used or contracted for 5G, or the government said it will not ban it.',
    },
  ],
};
