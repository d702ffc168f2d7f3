// package.json's `sideEffects`, as bundlers read it: a module that registers a component, or
// imports one that does, must be listed, or a bundler drops it (and the registration with it)
// from `import '@bekasi/elements'`. And the bundled packages' licences, shipped beside the CDN files.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const { sideEffects, files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  sideEffects: string[];
  files: string[];
};

/** `./src/bekasi-*.ts` as a test of a path like `./src/bekasi-banner.ts`. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path);
const listed = (path: string) => sideEffects.some((pattern) => matches(pattern, path));

/** The top-level modules of src/ that define an element or import one that does. */
function registeringModules(): string[] {
  const files = readdirSync(join(root, 'src')).filter((file) => file.endsWith('.ts'));
  const registers = new Set(
    files.filter((file) => readFileSync(join(root, 'src', file), 'utf8').includes('defineElement(')),
  );
  // Follow imports and re-exports between top-level modules until nothing new is found.
  let grown = true;
  while (grown) {
    grown = false;
    for (const file of files) {
      if (registers.has(file)) continue;
      const source = readFileSync(join(root, 'src', file), 'utf8');
      const imported = [...source.matchAll(/from '\.\/([a-z0-9-]+)\.js'|import '\.\/([a-z0-9-]+)\.js'/g)].map(
        (match) => `${match[1] ?? match[2]}.ts`,
      );
      if (imported.some((name) => registers.has(name))) {
        registers.add(file);
        grown = true;
      }
    }
  }
  return [...registers].sort();
}

describe('package.json sideEffects', () => {
  test('lists every module that registers a component, in src/ and in dist/', () => {
    const modules = registeringModules();
    assert.ok(modules.includes('index.ts') && modules.includes('bekasi-timeline.ts'), modules.join(', '));
    const missing = modules.flatMap((file) =>
      [`./src/${file}`, `./dist/${file.replace(/\.ts$/, '.js')}`].filter((path) => !listed(path)),
    );
    assert.deepEqual(missing, [], `not in sideEffects: ${missing.join(', ')}`);
  });

  test('lists no module that only exports', () => {
    for (const path of ['./src/contract.ts', './dist/contract.js', './src/version.ts']) {
      assert.equal(listed(path), false, `${path} has no side effects, so bundlers may drop it`);
    }
  });
});

describe('THIRD-PARTY-NOTICES.md', () => {
  test('ships, and holds the licence of every package bundled into cdn/, as installed', async () => {
    assert.ok(files.includes('THIRD-PARTY-NOTICES.md'), 'not in package.json "files"');
    // @ts-expect-error: a plain .mjs script, without types.
    const { notices, BUNDLED } = (await import('../../scripts/third-party-notices.mjs')) as {
      notices: () => string;
      BUNDLED: string[];
    };
    const written = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    assert.equal(written, notices(), 'stale: run node scripts/third-party-notices.mjs');
    for (const name of BUNDLED) assert.ok(written.includes(`## ${name} `), `${name} missing`);
  });
});
