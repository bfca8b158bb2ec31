import type { Dataset } from './schema';
import { storyOf } from './storyOf';
import { quote, type Problem } from './problems';

/**
 * The story block's whole-file rules: present from schema version 3 on (older files tell the
 * default story), status ids unique and not "none", which means no data. Returns the ids
 * updates may set.
 */
export function checkStory(data: Dataset, problems: Problem[]): ReadonlySet<string> {
  if (data.schemaVersion === 3 && !data.story)
    problems.push({ path: 'story', message: 'is missing (a version 3 file tells its story)' });
  if (data.schemaVersion !== 3 && data.story)
    problems.push({ path: 'story', message: 'needs "schemaVersion": 3' });
  const ids = new Set<string>();
  storyOf(data).statuses.forEach((s, i) => {
    const path = `story.statuses[${i}].id`;
    if (s.id === 'none') problems.push({ path, message: '"none" is reserved for no data' });
    else if (ids.has(s.id)) problems.push({ path, message: `${quote(s.id)} is used by another status` });
    else ids.add(s.id);
  });
  return ids;
}

/** "banned", "restricted" or "debating": the ids a message lists. */
export function listIds(ids: ReadonlySet<string>): string {
  return [...ids].map((id) => JSON.stringify(id)).join(', ');
}
