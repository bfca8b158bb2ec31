import { validateDataset, type ValidateOptions, type ValidationResult } from './validateDataset';

/**
 * Parses the text of a dataset file. Distinguishes the failures an editor or a CDN can
 * cause — an HTML error page, broken JSON, a schema violation — so each gets its own message.
 */
export function parseDatasetText(text: string, options?: ValidateOptions): ValidationResult {
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
  return validateDataset(json, options);
}
