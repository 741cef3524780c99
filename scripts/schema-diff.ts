/**
 * `npm run schema:diff`: the breaking and dangerous changes of schema.graphql against the
 * previous commit's (`git show HEAD~1:schema.graphql`), found by @graphql-inspector/core, for
 * a reviewer (and CI) to read. Safe changes are counted. Options:
 *   --base <ref>       compare with `git show <ref>:schema.graphql` instead of HEAD~1
 *   --base-file <path> compare with a file instead of a commit
 *   --head-file <path> the new schema (schema.graphql by default)
 *   --strict           exit 1 when there is a breaking change (by default it only reports)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function baseSchema(): { label: string; sdl: string } | undefined {
  const file = option('--base-file');
  if (file) return { label: file, sdl: readFileSync(file, 'utf8') };
  const ref = option('--base') ?? 'HEAD~1';
  try {
    return { label: `${ref}:schema.graphql`, sdl: execFileSync('git', ['show', `${ref}:schema.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const headFile = option('--head-file') ?? 'schema.graphql';
  const base = baseSchema();
  if (!base) {
    console.log('schema:diff: no previous schema.graphql to compare with (first commit or shallow clone); nothing to review.');
    return;
  }
  const changes = await diff(buildSchema(base.sdl), buildSchema(readFileSync(headFile, 'utf8')));
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const safe = of(CriticalityLevel.NonBreaking);
  console.log(`schema:diff ${base.label} -> ${headFile}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe.`);
  for (const [title, list] of [
    ['BREAKING', breaking],
    ['DANGEROUS', dangerous],
  ] as const) {
    for (const change of list) {
      const reason = change.criticality.reason ? ` (${change.criticality.reason})` : '';
      console.log(`${title}  ${change.path ?? ''}  ${change.message}${reason}`);
    }
  }
  if (breaking.length) console.log('Breaking changes must be listed in CHANGELOG.md.');
  if (breaking.length && process.argv.includes('--strict')) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
