import { readFileSync } from 'node:fs';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { worldQuery } from '../../../src/shared/load/worldQuery';
import { registerSeed } from '../renderWithProviders';

/** The real bundled topology, as the map loads it; imported by map tests for its side effect. */
export const world = parseWorldText(readFileSync('public/data/world.json', 'utf8'));
registerSeed((client) => client.setQueryData(worldQuery().queryKey, world));
