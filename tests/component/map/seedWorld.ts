import { readFileSync } from 'node:fs';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { worldQuery } from '../../../src/shared/load/worldQuery';
import { registerSeed } from '../renderWithProviders';

/** The real bundled map geometry, as the map loads it; imported by map tests for its side effect. */
export const world = buildGeometry(parseWorldText(readFileSync('public/data/world.json', 'utf8')));
registerSeed((client) => client.setQueryData(worldQuery().queryKey, world));
