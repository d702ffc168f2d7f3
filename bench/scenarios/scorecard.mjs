// The scorecard scenario: <bekasi-scorecard> against the radar charts of Chart.js and ECharts,
// all drawing the six dimensions of Bekasi's 2024 evaluation with 2023 as the comparison.
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
  name: 'scorecard',
  title: 'Scorecard: 6 dimensions × 2 years (2024, compared with 2023), from public/data/bekasi.json',

  /** Served as /data/scorecard.json; every contender's page derives its input from it. */
  data(root) {
    const full = JSON.parse(readFileSync(join(root, 'public/data/bekasi.json'), 'utf8'));
    // The scorecard reads `evaluations` (and the city's colours): the programmes and quick wins
    // are left out, so validation covers what this chart needs, as for the peers.
    const document = {
      schemaVersion: full.schemaVersion,
      city: full.city,
      evaluations: full.evaluations.filter((evaluation) => [2023, 2024].includes(evaluation.year)),
    };
    return { document, year: 2024, compareYear: 2023 };
  },

  contenders: [
    {
      name: 'ours',
      label: '<bekasi-scorecard>',
      ours: true,
      entry: 'bench/pages/scorecard-ours.ts',
      sizes: [
        { metric: 'bundle', entry: 'src/bekasi-scorecard.ts' },
        { metric: 'bundleShipped', entry: 'src/bekasi-scorecard.ts', shipped: true },
        { metric: 'bundleAllShipped', entry: 'src/cdn.ts', shipped: true },
      ],
    },
    {
      name: 'chartjs',
      label: 'Chart.js',
      package: 'chart.js',
      entry: 'bench/pages/scorecard-chartjs.ts',
      sizes: [{ metric: 'bundle', entry: 'bench/pages/lib-chartjs-radar.ts' }],
    },
    {
      name: 'echarts',
      label: 'ECharts',
      package: 'echarts',
      entry: 'bench/pages/scorecard-echarts.ts',
      sizes: [{ metric: 'bundle', entry: 'bench/pages/lib-echarts-radar.ts' }],
    },
  ],

  steps: [...firstRenderSteps, { call: 'updates' }, { call: 'secondRender' }],

  metrics: [
    bundleRow,
    // The budgets are about the CDN files as shipped (scripts/cdn.mjs, as `npm run size` checks).
    sizeRow('bundleShipped', '  as shipped: cdn/scorecard.js', 30),
    sizeRow('bundleAllShipped', '  as shipped: cdn/bekasi-elements.js', 45),
    // design.md: Chart.js 50–90 ms for a first render, ~200 ms for 100 updates, where the budgets were set.
    ...firstRender('first render (script + frame)', 10, { contender: 'chartjs', ms: [50, 90] }),
    { key: 'firstRenderToFrame', label: '  create → done + 1 rAF', unit: 'ms', detail: true },
    ...timed('updates', '100 updates (script + frame)', {
      budget: 50,
      peer: { contender: 'chartjs', ms: [200, 200] },
      script: '  script: 100 × update → done',
      frame: '  frame after the last',
    }),
    ...timed('secondRender', 'another chart, warm page (script + frame)'),
    domRow(),
    ...heapRows,
    platformIntl,
    { key: 'platformText', label: '(page set-up) first text layout', unit: 'ms', detail: true },
  ],
};
