// A diagnostic beside the benchmark: which part of our component costs a step's frame?
//
//   node bench/attribute.mjs --scenario quick-wins --step filter --hide .cards --hide .controls
//   node bench/attribute.mjs --scenario timeline-10000 --step zoomIn --css '.programme{contain:strict}'
//
// Builds our page for the scenario, then per round, in a fresh page for each variant (the order
// rotating from round to round): the page as it is, and once per `--hide SELECTOR` (that part set
// to `display: none`) or `--css RULES` (any stylesheet), added to the component's styles before
// its first render. It runs the scenario's steps up to `--step` and traces that one. Prints, as
// medians, the main thread's style, layout and paint time from the trace, the step's frame (wall)
// and its CPU time. This machine is noisy: trust differences that hold over 9 rounds or more.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, openBenchPage } from './lib/browser.mjs';
import { bundle } from './lib/build.mjs';
import { formatValue, median, renderTable } from './lib/report.mjs';
import { serveBench } from './lib/server.mjs';
import { TRACE_CATEGORIES, renderWork } from './lib/trace.mjs';
import { scenarios } from './scenarios/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'quick-wins' },
    step: { type: 'string', default: 'firstRender' },
    hide: { type: 'string', multiple: true, default: [] },
    css: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '9' },
  },
});
const scenario = scenarios.find((each) => each.name === args.scenario);
const ours = scenario?.contenders.find((contender) => contender.ours);
const calls = scenario?.steps.map((step) => step.call).filter(Boolean) ?? [];
const runs = Number(args.runs);
if (!ours || !calls.includes(args.step) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    `node bench/attribute.mjs --scenario <${scenarios.map((each) => each.name).join('|')}> ` +
      `--step <${calls.join('|') || 'a step of the scenario'}> [--hide SELECTOR]… [--css RULES]… [--runs N]`,
  );
  process.exit(2);
}
// The component's tag, from its define module: src/bekasi-quick-wins.ts → bekasi-quick-wins.
const tag = /(bekasi-[a-z0-9-]+)\.ts$/.exec(ours.sizes[0].entry)?.[1];
const variants = [
  ['as it is', ''],
  ...args.hide.map((selector) => [`hide ${selector}`, `${selector}{display:none!important}`]),
  ...args.css.map((rules) => [rules, rules]),
];
const steps = calls.slice(0, calls.indexOf(args.step) + 1);

const outDir = join(root, 'bench/.out/attribute');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${scenario.name}.js`);
await bundle(root, ours.entry, file);
const path = `${scenario.name}/ours`;
const server = await serveBench({
  outDir,
  pages: new Map([[path, { template: join(root, ours.page ?? 'bench/pages/page.html'), bundle: file }]]),
  data: new Map([[scenario.name, scenario.data(root)]]),
});
const browser = await launchBrowser();
const notes = { blocked: [], console: [] };
const results = new Map(variants.map(([name]) => [name, []]));
try {
  for (let round = 0; round < runs; round += 1) {
    const order = variants.map((_, index) => variants[(index + round) % variants.length]);
    for (const [name, css] of order) {
      const session = await openBenchPage(browser, server.origin, `/pages/${path}.html`, notes, name);
      try {
        // Added to the class's styles, so the element the page creates adopts it with the rest.
        await session.page.evaluate(
          (tagName, rules) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(rules);
            customElements.get(tagName).elementStyles.push(sheet);
          },
          tag,
          css,
        );
        for (const step of steps) {
          if (step !== args.step) {
            await session.step(step);
            continue;
          }
          await session.page.tracing.start({ categories: TRACE_CATEGORIES });
          const measures = await session.step(step);
          const trace = Buffer.from(await session.page.tracing.stop()).toString('utf8');
          const work = renderWork(trace);
          results.get(name).push({
            style: work.UpdateLayoutTree ?? 0,
            layout: work.Layout ?? 0,
            paint: (work.PrePaint ?? 0) + (work.Paint ?? 0),
            frame: measures[`${step}Frame`],
            cpu: measures[`${step}Cpu`],
          });
        }
        if (session.errors.length > 0) throw new Error(`${name}: ${session.errors.join('; ')}`);
      } finally {
        await session.close();
      }
    }
    process.stdout.write(round === 0 ? `${scenario.name} ${args.step}: 1` : ` ${round + 1}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const keys = ['style', 'layout', 'paint', 'frame', 'cpu'];
console.log(`\n\n<${tag}>, ${args.step}: medians of ${runs} fresh pages per variant (tracing on)\n`);
console.log(
  renderTable([
    ['variant', 'style', 'layout', 'paint', 'frame (wall)', 'step CPU'],
    ...variants.map(([name]) => [
      name.slice(0, 60),
      ...keys.map((key) => formatValue(median(results.get(name).map((each) => each[key])), 'ms')),
    ]),
  ]),
);
