/**
 * vis-timeline 8.5.4 as an app bundling it would import it: the tree-shakable `esnext` ESM build
 * of `Timeline` with `DataSet` from vis-data's `esnext` build, and their peer dependencies
 * (moment, vis-util, hammerjs, xss, uuid, …) bundled from npm. What the vis-timeline bundle size
 * measures. Its stylesheet (vis-timeline-graph2d.min.css) is extra and not counted.
 */
export { Timeline } from 'vis-timeline/esnext';
export { DataSet } from 'vis-data/esnext';
