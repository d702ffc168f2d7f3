// The timeline scenarios: <bekasi-timeline> against vis-timeline 8.5.4, both drawing the same
// generated programmes (test/fixtures/timeline.ts, seed 7) in 20 agency lanes, then zooming in,
// zooming out and panning. Two sizes, two scenarios (`--scenario timeline` runs both):
// 1,000 programmes, and the 10,000 that design.md's budgets are about. vis-timeline takes seconds
// per sample at 1,000 and tens of seconds at 10,000, so it gets fewer samples (`samples` on the
// contender: 5 and 3), which keeps the pair of scenarios to a few minutes on two cores.
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

function timelineScenario({ count, visSamples, budgets }) {
  /** design.md's budgets hold for the 10,000-programme scenario only. */
  const limit = (value) => (budgets ? value : undefined);
  const shown = count.toLocaleString('en-US');
  return {
    name: `timeline-${count}`,
    group: 'timeline',
    title: `Timeline: ${shown} programmes in 20 agency lanes (test/fixtures/timeline.ts, seed 7); zoom in ×2, zoom out ×2, pan ¼`,

    /** Served as /data/timeline-<count>.json; each page generates the document from it. */
    data(root) {
      return {
        count,
        agencyCount: 20,
        seed: 7,
        visCss: readFileSync(
          join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
          'utf8',
        ),
      };
    },

    contenders: [
      {
        name: 'ours',
        label: '<bekasi-timeline>',
        ours: true,
        entry: 'bench/pages/timeline-ours.ts',
        // Sizes once, with the budgets (the 10,000 scenario): they do not depend on the count.
        sizes: budgets
          ? [
              { metric: 'bundle', entry: 'src/bekasi-timeline.ts' },
              { metric: 'bundleShipped', entry: 'src/bekasi-timeline.ts', shipped: true },
            ]
          : [],
      },
      {
        name: 'vis',
        label: 'vis-timeline',
        package: 'vis-timeline',
        entry: 'bench/pages/timeline-vis.ts',
        ...(visSamples ? { samples: visSamples } : {}),
        sizes: budgets
          ? [
              { metric: 'bundle', entry: 'bench/pages/lib-vis-timeline.ts' },
              { metric: 'bundleStandalone', entry: 'bench/pages/lib-vis-timeline-standalone.ts' },
            ]
          : [],
      },
    ],

    steps: [
      ...firstRenderSteps,
      { call: 'zoomIn' },
      { call: 'zoomOut' },
      { call: 'pan' },
      { call: 'validate' },
    ],

    metrics: [
      ...(budgets
        ? [
            bundleRow,
            sizeRow('bundleStandalone', '  vis-timeline/standalone (all inlined)'),
            sizeRow('bundleShipped', '  as shipped: cdn/timeline.js', 30),
          ]
        : []),
      // design.md: vis-timeline ~19,000 ms for a first render and 155–530 ms for a zoom, where the
      // budgets were set. It gives no figure for a pan.
      ...firstRender(
        `first render, ${shown} (script + frame)`,
        limit(100),
        budgets ? { contender: 'vis', ms: [19000, 19000] } : undefined,
      ),
      ...timed('zoomIn', 'zoom in ×2 (script + frame)', {
        budget: limit(16),
        peer: budgets ? { contender: 'vis', ms: [155, 530] } : undefined,
      }),
      ...timed('zoomOut', 'zoom out ×2 (script + frame)', {
        budget: limit(16),
        peer: budgets ? { contender: 'vis', ms: [155, 530] } : undefined,
      }),
      // Issue 4: "a zoom or pan step within one frame (≤ 16 ms)".
      ...timed('pan', 'pan by ¼ window (script + frame)', { budget: limit(16) }),
      {
        key: 'validate',
        label: `validate the ${shown}-programme document (alone, warm page)`,
        unit: 'ms',
        ...(budgets ? { budget: 100 } : {}),
      },
      domRow(limit(2000)),
      ...heapRows,
      platformIntl,
    ],
  };
}

export const timeline1000 = timelineScenario({ count: 1_000, visSamples: 5, budgets: false });
// Budgets (design.md): 10,000 programmes, 20 lanes: first render ≤ 100 ms, zoom and pan ≤ 16 ms, DOM ≤ 2,000.
export const timeline10000 = timelineScenario({ count: 10_000, visSamples: 3, budgets: true });
