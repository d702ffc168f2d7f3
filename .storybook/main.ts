import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';

/**
 * Storybook for @bekasi/elements, set up by hand (`storybook init` needs the network).
 *
 * The components are Lit elements with legacy decorators (`experimentalDecorators`,
 * `useDefineForClassFields: false` in tsconfig.json). Vite 8 transforms TypeScript with Oxc,
 * which follows tsconfig.json for class fields (the build assigns them in the constructor, so
 * Lit's reactive accessors are not shadowed); `decorator.legacy` is set here explicitly so the
 * stories do not depend on the demo's vite.config.ts. Untransformed decorators reach Chromium
 * as syntax errors and every story renders blank.
 */
export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // public/ holds /data/bekasi.json and its images: the same URLs as the demo and the tests.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    return mergeConfig(config, {
      oxc: { decorator: { legacy: true } },
      // The project's vite.config.ts serves the demo; Storybook copies public/ itself (staticDirs).
      publicDir: false,
      // Storybook's own UI chunks are large by nature; the library's size is checked elsewhere.
      build: { chunkSizeWarningLimit: 2048 },
    });
  },
});
