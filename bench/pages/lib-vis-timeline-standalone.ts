/**
 * vis-timeline 8.5.4's `standalone` build (every dependency inlined, Graph2d included): what a
 * page gets that loads vis-timeline without a bundler. Reported beside the tree-shaken `esnext`
 * entry (lib-vis-timeline.ts) for reference; its stylesheet is not counted either.
 */
export { Timeline } from 'vis-timeline/standalone';
