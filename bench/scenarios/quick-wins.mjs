// The quick-wins scenario: <bekasi-quick-wins> against Tabulator 6.5.3, both showing the same
// 10,000 generated quick wins (test/fixtures/quick-wins.ts, seeded), then filtering by status and
// clearing the filter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleRow,
  domRow,
  firstRender,
  firstRenderSteps,
  heapRows,
  platformIntl,
  sizeRow,
  timed,
} from './metrics.mjs';

export default {
  name: 'quick-wins',
  title:
    'Quick wins: 10,000 items (test/fixtures/quick-wins.ts, seed 42); filter status = in_progress, then clear',

  /** Served as /data/quick-wins.json; each page generates the document from it before timing. */
  data(root) {
    return {
      count: 10_000,
      seed: 42,
      filter: { status: 'in_progress' },
      tabulatorCss: readFileSync(
        join(root, 'node_modules/tabulator-tables/dist/css/tabulator.min.css'),
        'utf8',
      ),
    };
  },

  contenders: [
    {
      name: 'ours',
      label: '<bekasi-quick-wins>',
      ours: true,
      entry: 'bench/pages/quick-wins-ours.ts',
      sizes: [
        { metric: 'bundle', entry: 'src/bekasi-quick-wins.ts' },
        { metric: 'bundleShipped', entry: 'src/bekasi-quick-wins.ts', shipped: true },
      ],
    },
    {
      name: 'tabulator',
      label: 'Tabulator',
      package: 'tabulator-tables',
      entry: 'bench/pages/quick-wins-tabulator.ts',
      sizes: [
        { metric: 'bundle', entry: 'bench/pages/lib-tabulator.ts' },
        { metric: 'bundleFull', entry: 'bench/pages/lib-tabulator-full.ts' },
      ],
    },
  ],

  steps: [...firstRenderSteps, { call: 'filter' }, { call: 'clearFilter' }, { call: 'secondRender' }],

  metrics: [
    bundleRow,
    sizeRow('bundleFull', '  TabulatorFull (every module)'),
    sizeRow('bundleShipped', '  as shipped: cdn/quick-wins.js', 30),
    // design.md: Tabulator 55–70 ms for a first render and ~47 ms for a filter, where the budgets were set.
    ...firstRender('first render, 10,000 (script + frame)', 50, { contender: 'tabulator', ms: [55, 70] }),
    ...timed('filter', 'filter by status (script + frame)', {
      budget: 16,
      peer: { contender: 'tabulator', ms: [47, 47] },
    }),
    ...timed('clearFilter', 'clear the filter (script + frame)', {
      budget: 16,
      peer: { contender: 'tabulator', ms: [47, 47] },
    }),
    ...timed('secondRender', 'another tracker, same document (validation remembered), warm page'),
    domRow(2000),
    ...heapRows,
    platformIntl,
  ],
};
