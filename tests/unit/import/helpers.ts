import { readFileSync } from 'node:fs';
import { readStoryFile, type StoryFile } from '../../../src/data/importStory';

export const FIXTURE = 'tests/fixtures/story-fictional';
export const TODAY = new Date('2026-01-01T00:00:00Z');

export function fixtureStory(): StoryFile {
  const r = readStoryFile(JSON.parse(readFileSync(`${FIXTURE}/story.json`, 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.file;
}

export const fixtureCsv = () => readFileSync(`${FIXTURE}/updates.csv`, 'utf8');

export const HEADER = 'entity,date,status,text,source,source_date,url,note';
