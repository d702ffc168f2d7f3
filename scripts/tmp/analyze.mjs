import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] ?? 'src/bekasi-scorecard.ts';
const r = await build({ configFile: false, root: process.cwd(), logLevel: 'silent', publicDir: false,
  build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'x' } } });
const chunk = r[0].output[0];
const by = {};
for (const [id, m] of Object.entries(chunk.modules)) {
  const key = id.includes('node_modules') ? id.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : id.replace(process.cwd() + '/', '');
  by[key] = (by[key] ?? '') + (m.code ?? '');
}
const rows = Object.entries(by).map(([k, code]) => [k, code.length, gzipSync(code, { level: 9 }).length]).sort((a, b) => b[2] - a[2]);
for (const [k, raw, gz] of rows.slice(0, 30)) console.log(String(gz).padStart(6), String(raw).padStart(7), k);
console.log('total gz', gzipSync(chunk.code, { level: 9 }).length);
