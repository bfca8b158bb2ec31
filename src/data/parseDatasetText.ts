import { checkDataset } from './checkDataset';
import { validate as hasDatasetShape } from './datasetShape.generated.js';
import type { ValidateOptions, ValidationResult } from './problems';
import type { Dataset } from './schema';

export interface ParseOptions extends ValidateOptions {
  /**
   * Awaited between the stages — parsing the JSON, the compiled check, the whole-file checks — so
   * that a page can let the browser paint and handle input in between: on a large file the stages
   * together would be one long task on a slow phone.
   */
  between?: () => Promise<void>;
}

/**
 * Parses the text of a dataset file. Distinguishes the failures an editor or a CDN can
 * cause — an HTML error page, broken JSON, a schema violation — so each gets its own message.
 *
 * A well-formed file passes the compiled check and goes straight to the whole-file checks. zod,
 * which says what is wrong with a file that fails it (and trims text the check refused), is
 * fetched only then: readers of a good file never download it.
 */
export async function parseDatasetText(text: string, options: ParseOptions = {}): Promise<ValidationResult> {
  const { between, ...validateOptions } = options;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<'))
    return {
      ok: false,
      problems: [
        { path: '(file)', message: 'is an HTML page, not JSON (is the file missing on the server?)' },
      ],
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `is not valid JSON: ${detail}` }] };
  }
  await between?.();
  const wellFormed = hasDatasetShape(json);
  await between?.();
  if (wellFormed) return checkDataset(json as Dataset, validateOptions);
  const { validateWithZod } = await import('./validateDataset');
  return validateWithZod(json, validateOptions);
}
