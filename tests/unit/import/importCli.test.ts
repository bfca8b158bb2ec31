import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE } from './helpers';

const run = promisify(execFile);
const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/import.ts');
const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importCsv(csv: string, out: string) {
  try {
    const { stdout, stderr } = await run(TSX, [
      SCRIPT,
      csv,
      '--story',
      join(dir, 'story.json'),
      '--out',
      out,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run import', { timeout: 30_000 }, () => {
  copyFileSync(`${FIXTURE}/story.json`, join(dir, 'story.json'));
  copyFileSync(`${FIXTURE}/updates.csv`, join(dir, 'updates.csv'));

  it('writes the dataset and prints one summary line', async () => {
    const out = join(dir, 'out', 'dataset.json');
    const r = await importCsv(join(dir, 'updates.csv'), out);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/25 rows → 24 updates \(19 set a status\) on 16 entities/);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.schemaVersion).toBe(3);
    expect(dataset.story.statuses.map((s: { id: string }) => s.id)).toEqual(['banned', 'limited', 'allowed']);
    expect(JSON.stringify(dataset)).not.toMatch(/huawei/i);
  });

  it('prints every error with its row and writes nothing', async () => {
    const bad = readFileSync(`${FIXTURE}/updates.csv`, 'utf8')
      .replace('United Kingdom,', 'Untied Kingdom,')
      .replace('2021-07,allowed', '2021-13,alowed');
    writeFileSync(join(dir, 'bad.csv'), bad);
    const out = join(dir, 'bad.json');
    const r = await importCsv(join(dir, 'bad.csv'), out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "row 4, entity: 'Untied Kingdom' is not a country — did you mean United Kingdom?",
    );
    expect(r.stderr).toContain("row 11, date: '2021-13' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    expect(r.stderr).toContain(
      "row 11, status: 'alowed' is not one of banned, limited, allowed — did you mean allowed?",
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not UTF-8', async () => {
    writeFileSync(
      join(dir, 'latin1.csv'),
      Buffer.from('entity,date,text,source\nT\xfcrkei,2020,T,S\n', 'latin1'),
    );
    const out = join(dir, 'latin1.json');
    const r = await importCsv(join(dir, 'latin1.csv'), out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not UTF-8/);
    expect(existsSync(out)).toBe(false);
  });
});
