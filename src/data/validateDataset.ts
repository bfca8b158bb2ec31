import type { core } from 'zod/mini';
import { datasetSchema, type Dataset } from './schema';
import { checkDataset } from './checkDataset';
import { validate as hasDatasetShape } from './datasetShape.generated.js';
import { quote, type Problem, type ValidateOptions, type ValidationResult } from './problems';

export { formatProblems, type Problem, type ValidateOptions, type ValidationResult } from './problems';

/** `['updates', 12, 'date']` → `updates[12].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(root)';
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function zodProblems(input: unknown, error: core.$ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const value = getAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return {
          path,
          message:
            value === undefined
              ? `is missing (expected ${issue.expected})`
              : `must be ${issue.expected}, got ${quote(value)}`,
        };
      case 'unrecognized_keys':
        return {
          path,
          message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        };
      case 'invalid_value':
        return {
          path,
          message: `${quote(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        };
      case 'invalid_union':
        return issue.path[issue.path.length - 1] === 'kind'
          ? { path, message: `${quote(value)} is not one of "country", "company", "bloc"` }
          : { path, message: `${quote(value)} does not match any allowed shape` };
      case 'too_small':
      case 'too_big':
        return { path, message: issue.message };
      default:
        return { path, message: value === undefined ? issue.message : `${quote(value)} ${issue.message}` };
    }
  });
}

/**
 * Validates an unknown value (parsed JSON) against the dataset contract, structurally and then
 * as a whole: unique ids, every reference resolves, dates real and not in the future, country
 * ids drawable, source URLs http(s). Never throws; returns every problem found.
 *
 * A well-formed file, the usual case, passes the compiled check (much faster than zod on a large
 * file; see scripts/build-validator.ts) and is used as it is: what that check
 * accepts, zod accepts unchanged. Anything else goes to zod.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return hasDatasetShape(input) ? checkDataset(input as Dataset, options) : validateWithZod(input, options);
}

/** For input the compiled check refused: zod trims text and says what is wrong. */
export function validateWithZod(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(input, parsed.error) };
  return checkDataset(parsed.data, options);
}
