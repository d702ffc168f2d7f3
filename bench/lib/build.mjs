// Builds the benchmark's bundles with esbuild, the same way for every contender: bundled,
// minified ESM for ES2022 browsers, licence comments kept once at the end, NODE_ENV production.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundles `entry` (relative to `root`) into `outfile`; returns its raw and gzip (level 9) sizes.
 * `overrides` are for diagnostics only (bench/profile.mjs builds unminified).
 */
export async function bundle(root, entry, outfile, overrides = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // Our components use legacy decorators (experimentalDecorators, useDefineForClassFields off).
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    legalComments: 'eof',
    logLevel: 'warning',
    ...overrides,
  });
  const bytes = readFileSync(outfile);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
