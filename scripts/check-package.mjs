// Checks the package as npm consumers get it: publint (exports, files, types, sideEffects) and
// Are the Types Wrong (types resolve for every export under Node 16+ ESM and bundlers), and
// consumer code type-checked against each entry alone (scripts/check-consumer-types.mjs).
// Both read the built files, and attw packs the package with `npm pack`: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const missing = [
  'dist/index.js',
  'dist/cli/bekasi-elements.js',
  'cdn/bekasi-elements.js',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'schema/smart-city.schema.json',
].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`Build outputs missing (${missing.join(', ')}). Run \`npm run build\` first.`);
  process.exit(1);
}

const checks = [
  ['publint', ['publint', '--strict']],
  // esm-only: the package has no CommonJS build, so attw's CJS-resolution rows are not failures.
  ['attw', ['attw', '--pack', '.', '--profile', 'esm-only']],
  ['consumer types', ['node', 'scripts/check-consumer-types.mjs']],
];

const failed = [];
for (const [name, args] of checks) {
  console.log(`\n▸ ${name}`);
  const result = spawnSync('npx', ['--no', '--', ...args], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\nPackage check failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log('\nPackage check passed: publint, attw, consumer types.');
