import { createIndex, type DatasetIndex } from '../../data/createIndex';
import { parseDatasetText } from '../../data/parseDatasetText';
import { formatProblems } from '../../data/problems';
import { fetchText } from './fetchText';
import { LoadError } from './LoadError';
import { yieldToMain } from '../util/yieldToMain';
import { DATASET_FILE } from '../build/buildStory';

export const DATASET_URL = `./data/${DATASET_FILE}`;

/**
 * Reads, validates and indexes the dataset: parsing, the compiled check, the whole-file checks,
 * then indexing, each in a task of its own (see yieldToMain), so a large dataset on a slow phone
 * is not one long task.
 */
export async function loadDataset(url = DATASET_URL, signal?: AbortSignal): Promise<DatasetIndex> {
  const text = await fetchText(url, signal);
  await yieldToMain();
  return indexDatasetText(text, url);
}

/** The checks and the index of a dataset's text already read; throws a LoadError if it is bad. */
export async function indexDatasetText(text: string, url = DATASET_URL): Promise<DatasetIndex> {
  const result = await parseDatasetText(text, { between: yieldToMain });
  if (!result.ok) {
    const kind =
      result.problems[0]?.path === '(file)'
        ? /HTML/.test(result.problems[0].message)
          ? 'html'
          : 'json'
        : 'schema';
    throw new LoadError(kind, url, formatProblems(result.problems), result.problems);
  }
  await yieldToMain();
  return createIndex(result.dataset);
}
