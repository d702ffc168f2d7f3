import { build } from 'vite';
import { transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
const entry = process.argv[2] ?? 'src/bekasi-scorecard.ts';
const r = await build({ configFile: false, root: process.cwd(), logLevel: 'silent', publicDir: false, plugins: [minifyTemplateLiterals()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'x' } } });
const { code } = await transform(r[0].output[0].code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'eof' });
console.log(entry, code.length, gzipSync(code, { level: 9 }).length);
