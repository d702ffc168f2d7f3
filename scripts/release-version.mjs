// The version a release publishes must be the one its changelog and README name.
// `node scripts/release-version.mjs --write` (run by `npm run version` after `changeset version`)
// pins the README's CDN address to package.json's version; without `--write` (run by
// `prepublishOnly`) it refuses a release that still has changesets pending (they belong in the
// changelog of the version being published), that has no changelog section for its version, or
// whose README pins another version.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readmeFile = join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
// The README's pinned CDN address, e.g. `@bekasi/elements@0.1.0/cdn/…`.
const pinned = new RegExp(`${name.replace(/[/.]/g, '\\$&')}@(\\d+\\.\\d+\\.\\d+[^/\\s"']*)/`, 'g');

if (process.argv.includes('--write')) {
  writeFileSync(readmeFile, readme.replace(pinned, `${name}@${version}/`));
  console.log(`README.md pins ${name}@${version}.`);
} else {
  const problems = [];
  const pending = readdirSync(join(root, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  if (pending.length > 0) {
    problems.push(
      `${pending.length} changeset(s) pending (${pending.slice(0, 3).join(', ')}…): run \`npm run version\` and commit.`,
    );
  }
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}$`, 'm').test(changelog)) {
    problems.push(`CHANGELOG.md has no "## ${version}" section.`);
  }
  const pins = [...readme.matchAll(pinned)].map((match) => match[1]);
  if (pins.length === 0) problems.push(`README.md pins no ${name}@version.`);
  for (const pin of pins.filter((pin) => pin !== version)) {
    problems.push(
      `README.md pins ${name}@${pin}, not ${version}: run \`node scripts/release-version.mjs --write\`.`,
    );
  }
  if (problems.length > 0) {
    console.error(`Not ready to publish ${version}:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`Ready to publish ${name}@${version}.`);
}
