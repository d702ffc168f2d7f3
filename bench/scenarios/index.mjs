// The scenario registry. Each scenario is `{ name, title, data(root), contenders, steps, metrics }`:
// - contenders: `{ name, label, ours?, package?, entry, page?, sizes: [{ metric, entry, shipped? }] }`:
//   `entry` is the page bundle (harness + library), `sizes` the library-only bundles whose gzip
//   size is reported (built by esbuild alike for all, or with `shipped` as scripts/cdn.mjs builds
//   our CDN files), `page` an HTML template (default bench/pages/page.html);
// - steps: what runs in each fresh page, in order: `{ call: 'firstRender' }` runs
//   `window.bench.steps.firstRender()` in the page, `{ heap: 'name' }` reads the JS heap;
// - metrics: `{ key, label, unit, scale?, budget?, detail?, derive?(sample) }`; ratios are
//   peer / ours, budgets apply to ours.
// Optional: a scenario's `group` (`--scenario <group>` runs every scenario of the group), and a
// contender's `samples` (at most that many samples, no warm-up round: for a slow peer).
import quickWins from './quick-wins.mjs';
import scorecard from './scorecard.mjs';
import { timeline1000, timeline10000 } from './timeline.mjs';

export const scenarios = [scorecard, quickWins, timeline1000, timeline10000];
