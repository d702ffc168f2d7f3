// Server rendering (Next.js, Nuxt, Angular SSR) imports a page's modules in Node, where there is
// no DOM: importing the package there must not throw (docs/frameworks.mdx says so). Lit's Node
// build brings a stand-in `customElements`, so the components even register; they render in the
// browser. Run in a child process, so no other test's globals are in the way.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

test('the package imports on a server without a DOM, and registers its tags there', () => {
  const script = `
    await import('./src/index.ts');
    console.log(JSON.stringify({
      document: typeof document,
      tags: ['bekasi-banner', 'bekasi-data', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins']
        .filter((tag) => typeof customElements.get(tag) === 'function'),
    }));
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}'), {
    document: 'undefined',
    tags: ['bekasi-banner', 'bekasi-data', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins'],
  });
});
