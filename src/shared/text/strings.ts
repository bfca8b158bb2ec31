import type { Status } from '../../data/status';
import type { Relation } from '../../data/createIndex';

/** A story's phrase ("the Glowberry app …") opening a sentence. */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Every UI string, in one place, so a translation is one file. Functions take the values
 * they interpolate; dates arrive already formatted by `formatDate`, from `date` below.
 */
export const strings = {
  /**
   * Dates as the page (en-GB) writes them: "15 July 2020", "15 Jul 2020", "August 2018". Short
   * months all have three letters: "Sep" like "Jun", not CLDR en-GB's odd one out, "Sept".
   */
  date: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    day: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    month: (month: string, year: number) => `${month} ${year}`,
  },
  // The title, subject and statuses are the dataset's story (shared/text/storyText.ts); the
  // sentences here take them as values.
  /** The header's line under the title when the story gives none. */
  defaultSubtitle: (topic: string, period: string) => `${upperFirst(topic)}, country by country, ${period}`,
  /**
   * The footer's line: the article the dataset is built on (`publisher`) and the outlets whose
   * reports it summarises besides, or those outlets alone; then the story's `credit` sentence.
   */
  sourceLine: (publisher: string | null, updated: string, outlets: readonly string[], credit?: string) => {
    const n = outlets.length;
    const others = (k: number) => (k === 1 ? 'one other outlet' : `${k} other outlets`);
    const line = publisher
      ? n > 0
        ? `Source: ${publisher} and ${others(n)}, latest update ${updated}.`
        : `Source: ${publisher}, updated ${updated}.`
      : n === 0
        ? `Updated ${updated}.`
        : n <= 3
          ? `${n === 1 ? 'Source' : 'Sources'}: ${strings.aboutPage.and(outlets)}, latest update ${updated}.`
          : `Sources: ${outlets[0]}, ${outlets[1]} and ${others(n - 2)}, latest update ${updated}.`;
    return credit ? `${line} ${credit}` : line;
  },
  loading: 'Loading the map…',
  /** The tab's title, after the view the address shows (shared/text/documentTitle). */
  pageTitle: {
    /** What the view shows, then the map's title: tabs cut titles at the end. */
    of: (view: string, title: string) => `${view} — ${title}`,
    asOf: (date: string) => `As of ${date}`,
    countryAsOf: (name: string, date: string) => `${name} as of ${date}`,
    range: (from: string, to: string) => `From ${from} to ${to}`,
    countryRange: (name: string, from: string, to: string) => `${name} from ${from} to ${to}`,
  },
  /** index.html's description, for search results and shared links (app/renderShellHead). */
  pageMeta: {
    statusVerb: {
      banned: 'banned',
      restricted: 'restricted',
      debating: 'debated',
      permitted: 'permitted',
    } satisfies Record<Status, string>,
    /** "banned in 12 countries", then "restricted in 9": the first part names the unit. */
    statusIn: (verb: string, n: number, first: boolean) =>
      `${verb} in ${n}${first ? (n === 1 ? ' country' : ' countries') : ''}`,
    description: (topic: string, date: string, parts: string, since: number) =>
      `${upperFirst(topic)} as of ${date}: ${parts}. Every reported decision since ${since}, country by country, each dated and linked to its source.`,
    /** For a dataset where no country has a status yet. */
    plainDescription: (topic: string) =>
      `${upperFirst(topic)}: an interactive map of every reported decision, country by country, each dated and linked to its source.`,
    locale: 'en_GB',
  },
  // A story's own statuses are its labels and meanings (the dataset's story, DEFAULT_STORY for
  // older files); "no data" is every story's.
  statusLabel: { none: 'No data' },
  statusMeaning: { none: 'No update on this country’s status yet.' },
  relationLabel: {
    filed: 'Filed under this country',
    status: 'Sets this country’s status',
    mention: 'Mentions this country',
    company: 'From a company based here',
  } satisfies Record<Exclude<Relation, 'bloc'>, string>,
  legendTitle: 'Status on the selected date',
  /** Compare mode: the legend counts the later date's statuses, handle B's. */
  legendTitleCompare: (to: string) => `Status on ${to} (B)`,
  legendCount: (n: number) => (n === 1 ? '1 country' : `${n} countries`),
  /** `whose`: the subject's possessive, "Huawei’s" (storyText's possessive). */
  mapLabel: (whose: string, date: string) => `World map of ${whose} status as of ${date}`,
  mapSummary: (date: string, parts: string) => `As of ${date}: ${parts}.`,
  countryAccessibleName: (name: string, status: string, since: string | null) =>
    since ? `${name}: ${status.toLowerCase()} since ${since}` : `${name}: ${status.toLowerCase()}`,
  tooltipLatest: (date: string) => `Latest update: ${date}`,
  tooltipCount: (n: number) => (n === 1 ? '1 update' : `${n} updates`),
  /** Beside a bloc's updates, a member's own are counted apart from them. */
  tooltipOwnCount: (n: number) =>
    n === 0 ? 'No update of its own' : n === 1 ? '1 update of its own' : `${n} updates of its own`,
  tooltipFromBloc: (n: number, bloc: string) =>
    n === 1 ? `1 update for the whole ${bloc}` : `${n} updates for the whole ${bloc}`,
  statusSince: (status: string, since: string) => `${status} since ${since}`,
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
  map: {
    /** What LoadErrorMessage names when the world file fails. */
    worldFile: 'Map shapes',
    label: (whose: string) => `World map of ${whose} status`,
    zoomControls: 'Zoom',
    summaryPart: (n: number, status: string) => `${n} ${status.toLowerCase()}`,
    noStatuses: 'no country has a status yet',
    compareWas: (status: string, date: string) => `was ${status.toLowerCase()} on ${date}`,
    compareWasNone: (date: string) => `had no data on ${date}`,
    compareKey: (from: string, to: string) =>
      `Faded: unchanged between ${from} (A) and ${to} (B). Dot or ring: the status on ${from} (A).`,
  },
  about: 'About this map',
  viewMap: 'Map',
  viewTable: 'Table',
  retry: 'Retry',
  retrying: 'Trying again…',
  loadFailed: 'The map’s data could not be loaded.',
  datasetInvalid: 'The map’s data file has errors, so countries cannot be coloured.',
  detailsForEditors: 'Details for the editor of the data file',
  featureCrashed: (feature: string) => `The ${feature} stopped working.`,
  tryAgain: 'Try again',
  timeline: {
    region: 'Timeline',
    mapAsOf: 'Map as of',
    slider: 'Date',
    compareFrom: 'Compare from',
    compareTo: 'Compare to',
    handleFrom: 'A',
    handleTo: 'B',
    play: 'Play',
    pause: 'Pause',
    previous: 'Previous update',
    next: 'Next update',
    speed: 'Speed',
    speedOption: (speed: number) => `${speed}×`,
    loop: 'Loop',
    compare: 'Compare',
    changeDate: 'change date',
    dateInput: 'Go to date',
    dateInputHint: 'Day, month, year, as 15 July 2020 or 15/07/2020. Enter to go, Escape to cancel',
    noUpdateYet: 'No update yet',
    captionStatus: (name: string, status: string) => `${name} → ${status.toLowerCase()}`,
    captionUnchanged: (name: string, status: string) => `${name}: still ${status.toLowerCase()}`,
    captionContext: (name: string) => `Update on ${name}`,
    /** Spoken form of the caption: arrows and middots read badly aloud. */
    announce: (date: string, what: string, source: string | null) =>
      `${date}: ${what}.${source ? ` Source: ${source}.` : ''}`,
    announceStatus: (name: string, status: string) => `${name} ${status.toLowerCase()}`,
    announceUnchanged: (name: string, status: string) => `${name} still ${status.toLowerCase()}`,
    announceContext: (name: string) => `update on ${name}`,
    /** A caption that names only some of its entries: "8 updates: Italy → debating, +7 more". */
    captionCount: (n: number, allChanges: boolean) => `${n} ${allChanges ? 'changes' : 'updates'}`,
    captionCounted: (count: string, list: string) => `${count}: ${list}`,
    captionMore: (n: number) => `+${n} more`,
    /** Reduced-motion playback names every update since the day it showed before. */
    captionSpan: (from: string, to: string) => `${from} – ${to}`,
    /** A span's first day in the year its last day names: "13 Jun – 13 Aug 2018". */
    spanStart: (day: number | null, month: string) => (day === null ? month : `${day} ${month}`),
    announceSpan: (from: string, to: string) => `${from} to ${to}`,
    announceMore: (n: number) => `and ${n} more`,
    announceSources: (date: string, what: string, sources: string) =>
      `${date}: ${what}. Sources: ${sources}.`,
    compareHelp: 'Move A and B to see which statuses changed between two dates.',
    rangeTo: 'to',
    compareListLabel: (from: string, to: string) => `Status changes from ${from} to ${to}`,
    /** Counts countries only, as the legend does; companies and blocs follow, named as such. */
    compareGroup: (from: string, to: string, count: number) =>
      `${from} → ${to}: ${count === 1 ? '1 country' : `${count} countries`}`,
    compareOthers: (names: readonly string[]) => `also ${names.join(', ')}`,
    compareOther: (name: string, kind: 'company' | 'bloc') => `${name} (${kind})`,
    compareNone: 'No status changed between these dates.',
  },
  panel: {
    loading: 'Loading its updates…',
    companyOf: (country: string) => `Company based in ${country}`,
    blocOf: (n: number) => `Bloc of ${n} countries`,
    asOf: (date: string) => `As of ${date}`,
    noStatusOn: (date: string) => `No status recorded as of ${date}.`,
    historyHeading: 'Status over time',
    historyRun: (status: string, date: string) => `${status} from ${date}`,
    updatesHeading: 'Reported updates',
    noUpdates: 'No reported updates.',
    source: 'Source',
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    note: 'Note',
    correction: (printed: string, corrected: string, reason: string) =>
      `the article printed “${printed}”; we use ${corrected} — ${reason}`,
    filedUnder: (name: string) => `Filed under ${name}`,
    mentionsEntity: (name: string) => `Mentions ${name}`,
    resize: 'Resize the panel',
    /** What an update's text is, shown above it. */
    provenance: {
      article: 'The article’s words',
      articleSummary: (page: number | null) =>
        page === null ? 'Our summary of the article' : `Our summary of the article (page ${page})`,
      // "a report by X" rather than "X’s report": outlet names such as "Reuters / Financial Times".
      report: (outlets: readonly string[]) =>
        outlets.length > 1
          ? `Our summary of reports by ${outlets.slice(0, -1).join(', ')} and ${outlets[outlets.length - 1]}`
          : `Our summary of a report by ${outlets[0] ?? 'another outlet'}`,
    },
    updateCount: (n: number) => (n === 1 ? '1 update' : `${n} updates`),
    yearToggle: (year: number, n: number) => `${year}, ${n === 1 ? '1 update' : `${n} updates`}`,
    yearList: (section: string, year: number) => `${section}, ${year}`,
    noReports: (topic: string, kind: 'country' | 'company' | 'bloc') =>
      kind === 'company'
        ? `No reports were found about this company and ${topic}.`
        : `No reports were found about ${topic} in this ${kind}.`,
    blocHasNoneEither: (bloc: string) => `The ${bloc}, to which it belongs, has no updates either.`,
    noStatusOfItsOwn: (parts: readonly string[]) =>
      parts.length > 0 ? `No status of its own; ${parts.join('; ')}.` : 'No status of its own.',
    fromBloc: (n: number, bloc: string) =>
      n === 1
        ? `1 update for the whole ${bloc} concerns it`
        : `${n} updates for the whole ${bloc} concern it`,
    blocUpdatesSoFar: (n: number, bloc: string) =>
      n === 1
        ? `1 update for the whole ${bloc} up to this date; it does not set this country’s status.`
        : `${n} updates for the whole ${bloc} up to this date; they do not set this country’s status.`,
    /** The heading of a member's list of its bloc's updates, and what they are. */
    blocHeading: (bloc: string) => `Updates for the whole ${bloc}`,
    blocNote: (bloc: string, members: number, name: string) =>
      `About the ${bloc} as a whole: they apply to all its ${members} members alike, and none of them sets ${name}’s status.`,
    contextUpdates: (n: number, other: boolean) =>
      n === 1
        ? `1 ${other ? 'other ' : ''}update concerns it but sets no status`
        : `${n} ${other ? 'other ' : ''}updates concern it but set no status`,
  },
  searchBox: {
    results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    guesses: (n: number) => `No exact match. ${n === 1 ? '1 close match' : `${n} close matches`}`,
    guessNote: 'No exact match. Did you mean:',
    closeMatches: 'Close matches',
    alsoKnownAs: (alternate: string) => `also “${alternate}”`,
    kind: { country: 'Country', company: 'Company', bloc: 'Bloc' },
  },
  aboutPage: {
    readingHeading: 'How to read the map',
    /** `hatched`: the hatched statuses' labels, joined ("Banned and restricted"). */
    readingMap: (whose: string, hatched: string) =>
      `Each country is coloured by ${whose} status on the date shown${hatched ? `; ${hatched} countries are hatched too, so colour is never the only cue` : ''}. The legend counts the countries of each status: point at one, or press it, to pick them out on the map.`,
    and: (items: readonly string[]) =>
      items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? ''),
    readingCountry:
      'Select a country on the map, with the search, or in the table view to read every dated update that concerns it, each with its source and, for reports, a link.',
    readingSpan: (first: string, last: string) =>
      `The timeline runs from the first update, ${first}, to the latest, ${last}.`,
    readingTimeline:
      'Drag it, or use the arrow keys, to step from one update to the next; press Play to watch the map change. Compare sets two dates, A and B, and fades every country whose status did not change between them.',
    readingLink: 'The address keeps the date, the country and the view, so a link opens on what you see.',
    faqHeading: 'The article’s questions and answers',
    statusesHeading: 'What the colours mean',
    sourceHeading: 'Where the data comes from',
    sourceLine: (publisher: string, title: string) => `${publisher}: “${title}”`,
    published: (date: string) => `First published ${date}.`,
    updated: (date: string) => `Latest update in the data: ${date}.`,
    readerComments: (n: number) =>
      n === 0
        ? 'Readers’ comments are left out.'
        : n === 1
          ? 'Readers’ comments are left out, except one, kept as context and clearly labelled as a reader comment; it sets no status.'
          : `Readers’ comments are left out, except ${n}, kept as context and clearly labelled as reader comments; they set no status.`,
    errataHeading: 'Errors in the source, corrected',
    errataIntro: (n: number) =>
      n === 1 ? 'One error found in the article:' : `${n} errors found in the article:`,
    printed: 'Printed',
    weUse: 'We use',
    why: 'Why',
    methodIntro: (topic: string, period: string) =>
      `The map gathers dated updates on ${topic}, ${period}, from the sources below. Each update in a country’s panel says which kind it is.`,
    /** A story's own account of its method (story.method) follows this. */
    methodOwnIntro: (topic: string, period: string) =>
      `The map gathers dated updates on ${topic}, ${period}.`,
    period: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
    methodArticle: (n: number) =>
      `The article’s page one, kept verbatim: ${n === 1 ? '1 update' : `${n} updates`} in its own words, with each outlet and date as it prints them. Where it is wrong, the map uses the corrected value, shows the correction beside the update and lists it below.`,
    methodArticleSummary: (n: number) =>
      `Its pages two and three, of which only the opening items could be read: ${n === 1 ? '1 update' : `${n} updates`}, each our summary of an item, with the source as the page prints it and a link to the page.`,
    /** `other`: besides an article the dataset is built on. */
    methodReports: (n: number, other: boolean) =>
      `Reports by ${other ? 'other ' : ''}outlets: ${n === 1 ? '1 update' : `${n} updates`}, each summarised in our own words (never the report’s sentences), with the outlet, the report’s date and a link to it.`,
    judgingRule:
      'A country’s status on a date is the one set by its latest update on or before that date; before its first, it has no data. Updates that only add context set none, and a bloc’s status never colours its members.',
    judgingNotes:
      'Every status is our reading of its update, following these definitions. Where the judgement is not obvious, the update carries a note saying why.',
    factsHeading: 'What the data holds',
    facts: {
      updates: 'Updates',
      period: 'Period (first to last update)',
      countriesWithStatus: (date: string) => `Countries with a status on ${date}`,
      entities: 'Countries, companies and blocs',
      entitiesValue: (n: number, without: number) =>
        without > 0 ? `${n} (${without} with no update)` : `${n}`,
      sources: 'Outlets whose reports we summarise',
    },
  },
  skipToTable: 'Skip to the table of countries',
  openFullMap: 'Open the full map ↗',
  share: {
    button: 'Share',
    title: 'Share this map',
    tabs: { link: 'Link', embed: 'Embed', download: 'Download' },
    linkLabel: 'Link to this view',
    copyLink: 'Copy link',
    shareNative: 'Share…',
    copied: 'Copied',
    copyFailed: 'Not copied: press Ctrl+C (⌘C) to copy the selected text.',
    date: 'Date',
    pinned: (date: string) => `Open on ${date}`,
    latest: 'Always show the latest update',
    theme: 'Colours',
    themes: { auto: 'Reader’s system setting', light: 'Light', dark: 'Dark' },
    hideTimeline: 'Hide the timeline',
    autoplay: 'Play the timeline on load',
    code: 'Embed code',
    codeHelp: (px: number) =>
      `The script fits the frame to the map; without it, the frame stays ${px} px tall.`,
    copyCode: 'Copy embed code',
    frameTitle: (title: string) => `Map: ${title}`,
    image: (date: string) => `The map on ${date}, with legend and source`,
    data: 'The data',
    png: 'PNG image',
    svg: 'SVG (editable)',
    statusCsv: (date: string) => `Status by country on ${date} (CSV)`,
    csv: 'Every update, with sources (CSV)',
    json: 'Whole dataset (JSON)',
    saved: (file: string) => `Downloaded ${file}`,
    failed: 'Could not make the image. Try again, or use the SVG.',
    subtitle: (topic: string, date: string) => `${upperFirst(topic)}, country by country, as of ${date}`,
  },
  table: {
    name: 'Name',
    status: 'Status',
    latest: 'Latest update',
    count: 'Updates',
    filterLabel: 'Status',
    allStatuses: 'All statuses',
    searchLabel: 'Find in table',
    caption: (whose: string, date: string, shown: number, total: number) =>
      `${whose} status as of ${date}: ${shown === total ? `${total} countries, companies and blocs` : `${shown} of ${total} shown`}`,
    empty: 'Nothing matches. Clear the filter or the search.',
    unavailable: 'The table is empty because the data file could not be loaded (see the message above).',
    kind: { country: 'country', company: 'company', bloc: 'bloc' },
    /** After a member's own count: its bloc's updates, which concern all members alike. */
    fromBloc: (n: number, bloc: string) => `+${n} for the whole ${bloc}`,
  },
} as const;
