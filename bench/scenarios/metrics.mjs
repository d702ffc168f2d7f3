// Metric rows that every scenario reports the same way (see the `metrics` comment in index.mjs).

export const KB = 1024;

/**
 * The steps every scenario starts with, in each fresh page: the warm-up's reading, the heap, the
 * first render, the DOM count and the heap again (`heap` is read over CDP after a forced GC).
 */
export const firstRenderSteps = [
  { call: 'platform' },
  { heap: 'heapBefore' },
  { call: 'firstRender' },
  { call: 'dom' },
  { heap: 'heap' },
];

/** A bundle size row, gzip, in KB; held to `budget` (KB) if given. */
export const sizeRow = (key, label, budget) => ({
  key,
  label,
  unit: 'KB',
  scale: 1 / KB,
  ...(budget === undefined ? {} : { budget }),
});

/** Like for like: every contender's library built by the same esbuild call. */
export const bundleRow = sizeRow('bundle', 'bundle, gzip (esbuild, all alike)');

/** Elements in the page, shadow roots included; held to `budget` if given. */
export const domRow = (budget) => ({
  key: 'dom',
  label: 'DOM elements (deep)',
  unit: '',
  ...(budget === undefined ? {} : { budget }),
});

/**
 * A timed step as three rows: script + frame (held to `budget`, if any), then its two parts.
 * `script` and `frame` name the parts where a plain "script"/"frame" would not say enough.
 * `peer`: what design.md's "peer measured here" column gives beside the budget,
 * `{ contender, ms: [low, high] }`, so the budget can also be read as a ratio to that peer.
 */
export function timed(key, label, { budget, peer, script = '  script', frame = '  frame' } = {}) {
  return [
    { key, label, unit: 'ms', ...(budget === undefined ? {} : { budget }), ...(peer ? { peer } : {}) },
    { key: `${key}Script`, label: script, unit: 'ms', detail: true },
    { key: `${key}Frame`, label: frame, unit: 'ms', detail: true },
  ];
}

/** The first render's rows, with the parts named. */
export const firstRender = (label, budget, peer) =>
  timed('firstRender', label, {
    budget,
    peer,
    script: '  script: create → done',
    frame: '  frame: style/layout/paint',
  });

/** The JS heap after the first render, and what the first render added to it. */
export const heapRows = [
  { key: 'heap', label: 'JS heap after first render', unit: 'MB', scale: 1 / (KB * KB) },
  {
    key: 'heapDelta',
    label: '  growth by the first render',
    unit: 'MB',
    scale: 1 / (KB * KB),
    detail: true,
    derive: (sample) => sample.heap - sample.heapBefore,
  },
];

/** The harness's warm-up cost: a reading of the machine, the same for every contender. */
export const platformIntl = {
  key: 'platformIntl',
  label: '(page set-up) first Intl formatters',
  unit: 'ms',
  detail: true,
};
