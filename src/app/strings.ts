import type { StatusOrNone } from '../data/status';
import type { Relation } from '../data/createIndex';

/**
 * Every UI string, in one place, so a translation is one file. Functions take the values
 * they interpolate; dates arrive already formatted by `formatDate` in the page's language.
 */
export const strings = {
  appTitle: 'Where is Huawei banned?',
  appSubtitle:
    'Huawei in 5G networks: banned, restricted, debated or permitted, country by country, 2018–2022',
  sourceLine: (publisher: string, updated: string) =>
    `Source: ${publisher}, updated ${updated}. Compiled and corrected by the Huawei ban map.`,
  loading: 'Loading the map…',
  statusLabel: {
    banned: 'Banned',
    restricted: 'Restricted',
    debating: 'Debating',
    permitted: 'Permitted',
    none: 'No data',
  } satisfies Record<StatusOrNone, string>,
  statusMeaning: {
    banned: 'The government has excluded Huawei from its 5G networks, whatever the phase-out deadline.',
    restricted:
      'A partial exclusion: from the core or sensitive parts, caps, or main operators dropping Huawei under pressure.',
    debating: 'A review, consultation, warning or open debate, with no decision yet.',
    permitted: 'Huawei is allowed and used or contracted for 5G, or the government said it will not ban it.',
    none: 'No update on this country’s status yet.',
  } satisfies Record<StatusOrNone, string>,
  relationLabel: {
    filed: 'Filed under this country',
    status: 'Sets this country’s status',
    mention: 'Mentions this country',
    company: 'From a company based here',
    bloc: 'From the European Union',
  } satisfies Record<Relation, string>,
  legendTitle: 'Status on the selected date',
  legendCount: (n: number) => (n === 1 ? '1 country' : `${n} countries`),
  mapLabel: (date: string) => `World map of Huawei’s status as of ${date}`,
  mapSummary: (date: string, parts: string) => `As of ${date}: ${parts}.`,
  countryAccessibleName: (name: string, status: string, since: string | null) =>
    since ? `${name}: ${status.toLowerCase()} since ${since}` : `${name}: ${status.toLowerCase()}`,
  tooltipLatest: (date: string) => `Latest update: ${date}`,
  tooltipCount: (n: number) => (n === 1 ? '1 update' : `${n} updates`),
  statusSince: (status: string, since: string) => `${status} since ${since}`,
  noDataForCountry: (name: string) => `We have no reports about Huawei in ${name} yet.`,
  close: 'Close',
  later: 'Later than the selected date',
  setsStatus: (name: string, status: string) => `Sets ${name}: ${status.toLowerCase()}`,
  erratum: 'Correction',
  readerComment: 'Reader comment (not reporting; sets no status)',
  moveTimelineTo: (date: string) => `Move the timeline to ${date}`,
  search: 'Find a country',
  searchPlaceholder: 'Country or company…',
  searchNoResults: 'No match',
  regionLabel: 'Region',
  regions: { world: 'World', europe: 'Europe' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  about: 'About this map',
  viewMap: 'Map',
  viewTable: 'Table',
  retry: 'Retry',
  loadFailed: 'The map’s data could not be loaded.',
  datasetInvalid: 'The map’s data file has errors, so countries cannot be coloured.',
  detailsForEditors: 'Details for the editor of the data file',
  featureCrashed: (feature: string) => `The ${feature} stopped working.`,
  tryAgain: 'Try again',
  table: {
    name: 'Name',
    status: 'Status',
    latest: 'Latest update',
    count: 'Updates',
    filterLabel: 'Status',
    allStatuses: 'All statuses',
    searchLabel: 'Find in table',
    caption: (date: string, shown: number, total: number) =>
      `Huawei’s status as of ${date}: ${shown === total ? `${total} countries, companies and blocs` : `${shown} of ${total} shown`}`,
    empty: 'Nothing matches. Clear the filter or the search.',
    kind: { country: 'country', company: 'company', bloc: 'bloc' },
  },
} as const;
