// Writes THIRD-PARTY-NOTICES.md: the licences of the packages bundled into cdn/*.js (Lit's BSD
// licence asks that its notice travel with every copy). `--check` exits 1 when the file is stale,
// as after a dependency update; test/node/package.test.ts runs the check.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'valibot'];

/** The notices file as it should read for the installed versions. */
export function notices() {
  const sections = BUNDLED.map((name) => {
    const folder = join(root, 'node_modules', name);
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].find((candidate) => {
      try {
        readFileSync(join(folder, candidate));
        return true;
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`${name} has no LICENSE file`);
    const text = readFileSync(join(folder, file), 'utf8').trim();
    return `## ${name} ${version}\n\n\`\`\`text\n${text}\n\`\`\`\n`;
  });
  return (
    '# Third-party notices\n\n' +
    'The files in `cdn/` bundle these packages. Their licences follow; the rest of @bekasi/elements\n' +
    'is under the MIT licence in `LICENSE`. Written by `node scripts/third-party-notices.mjs`.\n\n' +
    sections.join('\n')
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'THIRD-PARTY-NOTICES.md');
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== notices()) {
      console.error('THIRD-PARTY-NOTICES.md is stale: run node scripts/third-party-notices.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(path, notices());
  }
}
