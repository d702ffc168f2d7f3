// `/__vendor__/react.js` and `/__vendor__/vue.js`: the frameworks the tests render the components
// in, as ES modules the browser can import. React ships CommonJS only, so esbuild bundles it with
// react-dom/client once per test run (development build: React's own warnings show in the browser
// logs); Vue's browser build, template compiler included, is one ES module already.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const REACT_ENTRY = `
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
`;

const require = createRequire(import.meta.url);

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
