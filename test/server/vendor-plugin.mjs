// `/__vendor__/react.js`, `/__vendor__/vue.js` and `/__vendor__/svelte.js`: the frameworks the
// tests render the components in, as ES modules the browser can import. React ships CommonJS only,
// so esbuild bundles it with react-dom/client once per test run (development build: React's own
// warnings show in the browser logs); Vue's browser build, template compiler included, is one ES
// module already. Svelte compiles components ahead of time: svelte/compiler turns the test
// components in test/components/frameworks/ into JavaScript, and esbuild bundles them with
// Svelte's runtime (development build), whose browser version only the `browser` export condition
// selects, which the test server's own resolver does not set. `/__vendor__/angular-aot.js` is the
// Angular app of test/components/frameworks/angular-app.ts built ahead of time, as an Angular CLI
// build makes one (test/server/angular-aot.mjs, in a child process: it takes seconds).
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const REACT_ENTRY = `
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
`;

const SVELTE_COMPONENTS = 'test/components/frameworks';

const require = createRequire(import.meta.url);

/**
 * Svelte's runtime, each `NAME.svelte` there as the export `Name` and each `NAME.svelte.js`
 * module's exports, plus `compileWarnings`: what svelte/compiler said of them, for the tests to
 * assert none.
 */
async function bundleSvelte() {
  const { compile, compileModule } = await import('svelte/compiler');
  const files = await readdir(SVELTE_COMPONENTS);
  const exports = files.map((file) => {
    if (file.endsWith('.svelte.js')) return `export * from './${SVELTE_COMPONENTS}/${file}';`;
    if (!file.endsWith('.svelte')) return '';
    const name = file
      .slice(0, -'.svelte'.length)
      .replace(/(?:^|-)(\w)/g, (_, letter) => letter.toUpperCase());
    return `export { default as ${name} } from './${SVELTE_COMPONENTS}/${file}';`;
  });
  const warnings = [];
  const result = await build({
    stdin: {
      contents: `export { flushSync, mount, unmount } from 'svelte';\n${exports.join('\n')}`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    conditions: ['development'],
    plugins: [
      {
        name: 'svelte',
        setup(svelte) {
          svelte.onLoad({ filter: /\.svelte(\.js)?$/ }, async ({ path }) => {
            const filename = relative(process.cwd(), path);
            const options = { filename, generate: 'client', dev: true };
            const source = await readFile(path, 'utf8');
            const compiled = path.endsWith('.js') ? compileModule(source, options) : compile(source, options);
            warnings.push(
              ...compiled.warnings.map((warning) => `${filename}: ${warning.code}: ${warning.message}`),
            );
            return { contents: compiled.js.code, loader: 'js', resolveDir: dirname(path) };
          });
        },
      },
    ],
  });
  return `${result.outputFiles[0].text}\nexport const compileWarnings = ${JSON.stringify(warnings)};\n`;
}

/**
 * The Angular app built ahead of time by test/server/angular-aot.mjs, plus what the test asserts
 * of the build: `compileDiagnostics` (everything the Angular compiler reported), `bundledModules`
 * and `linkedModules` (the Angular modules the linker turned into full definitions).
 */
async function buildAngular() {
  const script = join(import.meta.dirname, 'angular-aot.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script], { maxBuffer: 64 * 1024 * 1024 });
  const { code, diagnostics, modules, linked, milliseconds } = JSON.parse(stdout);
  return (
    `${code}\nexport const compileDiagnostics = ${JSON.stringify(diagnostics)};\n` +
    `export const bundledModules = ${JSON.stringify(modules)};\n` +
    `export const linkedModules = ${JSON.stringify(linked)};\n` +
    `export const buildMilliseconds = ${JSON.stringify(milliseconds)};\n`
  );
}

const VENDORS = {
  '/__vendor__/react.js': () =>
    build({
      stdin: { contents: REACT_ENTRY, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text),
  '/__vendor__/vue.js': () => readFile(require.resolve('vue/dist/vue.esm-browser.js'), 'utf8'),
  '/__vendor__/svelte.js': bundleSvelte,
  '/__vendor__/angular-aot.js': buildAngular,
};

export function vendorPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const built = new Map();
  return {
    name: 'vendor-frameworks',
    async serve(context) {
      const make = Object.hasOwn(VENDORS, context.path) ? VENDORS[context.path] : undefined;
      if (!make) return undefined;
      if (!built.has(context.path)) built.set(context.path, make());
      return { body: await built.get(context.path), type: 'js' };
    },
  };
}
