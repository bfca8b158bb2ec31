import * as z from 'zod/mini';
import { datasetSchema } from './schema';

/** The JSON Schema (draft 2020-12) of the dataset, generated from the zod definition. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'huawei-5g.schema.json',
    title: 'Status-by-country-over-time dataset (Huawei ban map)',
  };
}
