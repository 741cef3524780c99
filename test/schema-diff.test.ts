import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** `npm run schema:diff` reports what a schema change breaks, for review in CI. */

const ROOT = join(__dirname, '..');
const run = promisify(execFile);

const BEFORE = `
type Query { job(id: ID!): Job }
type Job { id: ID! title: String! budget: String }
enum JobStatus { OPEN CLOSED }
input JobFilter { status: JobStatus }
`;
const AFTER = `
type Query { job(id: ID!): Job jobs(filter: JobFilter): [Job!]! }
type Job { id: ID! title: String! }
enum JobStatus { OPEN CLOSED CANCELLED }
input JobFilter { status: [JobStatus!] }
`;

async function diff(before: string, after: string, ...flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'schema-diff-'));
  writeFileSync(join(dir, 'before.graphql'), before);
  writeFileSync(join(dir, 'after.graphql'), after);
  const args = ['-r', '@swc-node/register', 'scripts/schema-diff.ts', '--base-file', join(dir, 'before.graphql'), '--head-file', join(dir, 'after.graphql'), ...flags];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('schema:diff', () => {
  it('lists breaking and dangerous changes and counts the safe ones; only --strict fails on breaking', async () => {
    const report = await diff(BEFORE, AFTER);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('2 breaking, 1 dangerous, 2 safe.');
    expect(report.stdout).toMatch(/^BREAKING {2}Job\.budget {2}Field 'budget' was removed from object type 'Job'/m);
    expect(report.stdout).toMatch(/^BREAKING {2}JobFilter\.status {2}.*'JobStatus' to '\[JobStatus!\]'/m);
    expect(report.stdout).toMatch(/^DANGEROUS {2}JobStatus\.CANCELLED/m);
    expect(report.stdout).not.toMatch(/Query\.jobs/);
    expect((await diff(BEFORE, AFTER, '--strict')).code).toBe(1);
  }, 60_000);

  it('an additive change has nothing to report', async () => {
    const report = await diff(BEFORE, BEFORE.replace('budget: String', 'budget: String createdAt: String'), '--strict');
    expect(report).toEqual({ code: 0, stdout: expect.stringContaining('0 breaking, 0 dangerous, 1 safe.') });
  }, 60_000);
});
