import type { DatasetIndex } from '../../data/createIndex';
import { parseDate } from '../../data/dates';
import type { Correction } from '../../data/schema';
import { formatDate } from './formatDate';
import { entityName } from '../../data/entityName';

/**
 * The value a correction says we use, as a reader should read it: a corrected date in the
 * page's date format, a corrected heading by the entity's name, anything else verbatim.
 */
export function correctedValue(index: DatasetIndex, correction: Correction): string {
  switch (correction.field) {
    case 'date': {
      const parsed = parseDate(correction.corrected);
      return parsed ? formatDate(parsed.day, parsed.precision) : correction.corrected;
    }
    case 'entity':
      return entityName(index, correction.corrected);
    case 'source':
    case 'text':
      return correction.corrected;
  }
}
