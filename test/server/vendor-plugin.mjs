// `/__vendor__/react.js`: React 19 and react-dom/client as one ES module, for the tests that
// check the components as a React app uses them. React ships CommonJS only, which the browser
// cannot import as is, so esbuild bundles it once per test run (development build: React's own
// warnings about custom elements show in the browser logs).
import { build } from 'esbuild';

const ENTRY = `
export { createElement, StrictMode } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
`;

export function vendorPlugin() {
  let react;
  return {
    name: 'vendor-react',
    async serve(context) {
      if (context.path !== '/__vendor__/react.js') return undefined;
      react ??= build({
        stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await react, type: 'js' };
    },
  };
}
