// Which source file costs what in a CDN bundle: `node scripts/size-report.mjs src/bekasi-scorecard.ts`.
// Builds the entry as scripts/build.mjs does, maps every byte of the minified output back to its
// source file through the source maps, and shares the gzip size out by raw bytes. Use it before
// and after a change that should make a bundle smaller.
import { build } from 'vite';
import { transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
const entry = process.argv[2] ?? 'src/bekasi-scorecard.ts';
const r = await build({
  configFile: false,
  root: process.cwd(),
  logLevel: 'silent',
  publicDir: false,
  plugins: [minifyTemplateLiterals()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    write: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry, formats: ['es'], fileName: 'x' },
  },
});
const chunk = r[0].output.find((o) => o.type === 'chunk');
const out = await transform(chunk.code, {
  minify: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: 'external',
  legalComments: 'none',
});
// Two maps: the final minified file back to Vite's chunk, and the chunk back to the sources.
const finalMap = new SourceMapConsumer(JSON.parse(out.map));
const chunkMap = new SourceMapConsumer(chunk.map);
const lines = out.code.split('\n');
const parts = {};
const mappings = [];
finalMap.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i];
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const text = line.slice(m.generatedColumn, end);
  let source = 'unknown';
  if (m.originalLine != null) {
    const orig = chunkMap.originalPositionFor({ line: m.originalLine, column: m.originalColumn });
    if (orig.source)
      source = orig.source
        .replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
        .replace(/^.*?\/src\//, 'src/')
        .replace(/^\.\.\//, '');
  }
  parts[source] = (parts[source] ?? '') + text;
}
const total = gzipSync(out.code, { level: 9 }).length;
const rows = Object.entries(parts)
  .map(([k, t]) => [k, t.length, gzipSync(t, { level: 9 }).length])
  .sort((a, b) => b[1] - a[1]);
const sumRaw = rows.reduce((s, r) => s + r[1], 0);
for (const [k, raw] of rows.slice(0, 32))
  console.log(String(raw).padStart(7), String(Math.round((raw / sumRaw) * total)).padStart(6), k);
console.log('total gz', total, 'raw', out.code.length);
