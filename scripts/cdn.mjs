// The CDN bundles: one self-contained, minified file per entry (everything inlined, so a page
// needs one <script> and no import map). Shared by `npm run build` (writes cdn/) and the size
// check in `npm test` (builds in memory, so the tests need no prior build).
import { transform } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { minify as terser } from 'terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { build } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const NOTICE =
  `/*! @bekasi/elements ${version} (MIT). Includes Lit and @lit/context (BSD-3-Clause, ` +
  `Copyright Google LLC) and valibot (MIT, Copyright Fabian Hiller): see THIRD-PARTY-NOTICES.md. */`;

/** Every bundle: the all-in-one file, and one per define module (`src/bekasi-<name>.ts` → `<name>.js`). */
export function cdnBundles(root = process.cwd()) {
  const defineModules = readdirSync(`${root}/src`)
    .filter((file) => /^bekasi-[a-z0-9-]+\.ts$/.test(file))
    .sort();
  const tagOf = (file) => file.replace(/\.ts$/, '');
  return [
    { entry: 'src/cdn.ts', file: 'bekasi-elements.js', tags: defineModules.map(tagOf) },
    ...defineModules.map((file) => ({
      entry: `src/${file}`,
      file: `${tagOf(file).replace(/^bekasi-/, '')}.js`,
      tags: [tagOf(file)],
    })),
  ];
}

/** Builds one bundle and returns its final code; throws when it is not one self-contained file. */
export async function buildCdnBundle(bundle, root = process.cwd()) {
  const result = await build({
    // The top-level vite.config.ts belongs to the demo server.
    configFile: false,
    envDir: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    // Lit and our code read no env at run time, but a stray `process.env.NODE_ENV` in a
    // browser bundle would throw; library mode leaves it for a bundler that is not coming.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Squeezes the HTML and CSS inside Lit's html`…`, svg`…` and css`…` templates, which no JS
    // minifier touches.
    plugins: [minifyTemplateLiterals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: bundle.entry, formats: ['es'], fileName: () => bundle.file },
      rolldownOptions: { external: [] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output);
  const chunks = outputs.filter((output) => output.type === 'chunk');
  if (chunks.length !== 1)
    throw new Error(`${bundle.entry} produced ${chunks.length} chunks; a CDN file must be one file`);
  const [chunk] = chunks;
  if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) {
    throw new Error(
      `cdn/${bundle.file} still imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`,
    );
  }
  // Library mode keeps whitespace and comments in ES output (for downstream bundlers); a CDN
  // file goes straight to browsers, so squeeze it fully.
  const minified = await transform(chunk.code, {
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
  });
  // A second pass with terser's compressor (three passes, no unsafe options) takes another
  // 0.7 KB gzip off every file: room under the 30 KB budget that esbuild alone leaves on the table.
  // `inline: 1` inlines only functions without arguments: one with arguments, inlined at its single
  // call site as an immediately called function, compresses worse than the call (3–12 B gzip more
  // in each file at the default, 3). `keep_fargs: false` drops parameters a function never reads,
  // which only a reader of a function's `length` would notice: none of our code, Lit or valibot
  // reads it (11–22 B less in each file).
  const squeezed = await terser(minified.code, {
    module: true,
    ecma: 2020,
    compress: { passes: 3, inline: 1, keep_fargs: false },
    mangle: true,
    // The minifiers drop the bundled libraries' licence comments along the way; one notice at
    // the top names them all.
    format: { comments: false, preamble: NOTICE },
  });
  if (squeezed.code === undefined) throw new Error(`terser returned nothing for ${bundle.entry}`);
  return squeezed.code;
}
