import { parseArgs } from 'node:util';

const USAGE = `npm run bench -- [options]      (about 8 min on a 2-core machine with the defaults)
  --check              exit 1 when a budget is missed, listing each miss
  --runs N             cold loads per site; load figures are medians (default 5)
  --wraps N            playback wraps (last day → first: all countries change) per site (default 10)
  --loops N            playback loops for the heap figure (default 20)
  --lighthouse-runs N  Lighthouse runs, the median counts (default 1; 0 skips Lighthouse)
  --dist DIR           benchmark this build as the app instead of building it (app-x100 is still built)
  --help               this text`;

/** Whole-number flags, their defaults and least values. */
const COUNTS = { runs: [5, 1], wraps: [10, 1], loops: [20, 2], 'lighthouse-runs': [1, 0] } as const;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The command line, or exits (0 after --help, 2 on a bad flag). */
export function readOptions(argv: string[]) {
  const string = { type: 'string' } as const;
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...{ runs: string, wraps: string, loops: string, 'lighthouse-runs': string, dist: string },
        ...{ check: { type: 'boolean' }, help: { type: 'boolean' } },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: keyof typeof COUNTS) => {
    const [fallback, min] = COUNTS[name];
    const n = Number(values[name] ?? fallback);
    return Number.isInteger(n) && n >= min ? n : fail(`--${name} must be a whole number ≥ ${min}`);
  };
  return {
    check: values.check === true,
    runs: count('runs'),
    wraps: count('wraps'),
    loops: count('loops'),
    lighthouseRuns: count('lighthouse-runs'),
    dist: values.dist,
  };
}
