// Web Test Runner: every test runs in headless Chromium against real DOM, real fetch and real axe.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { testRoutes } from './test/server/routes.mjs';
import { closingLineReporter } from './test/server/closing-line-reporter.mjs';
import { a11yTreePlugin } from './test/server/a11y-tree-plugin.mjs';
import { touchPlugin } from './test/server/touch-plugin.mjs';
import { vendorPlugin } from './test/server/vendor-plugin.mjs';
import { chromeFlags } from './scripts/find-chrome.mjs';

const flags = [
  '--headless=new',
  ...chromeFlags,
  // Test files run side by side; no page may be throttled as a background one.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: flags,
      },
      // Test files run side by side. Tabs of one window take turns being visible, and a hidden
      // tab gets no animation frames (open-wc's fixture() waits for one), so each file gets a
      // window of its own.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // a11ySnapshot and a11y-tree: tests read the accessibility tree a screen reader gets; touch:
  // a finger on an emulated touch screen, as the browser handles it.
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' }),
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    touchPlugin(),
    vendorPlugin(),
  ],
  middleware: [testRoutes],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  reporters: [summaryReporter({ flatten: false }), closingLineReporter()],
};
