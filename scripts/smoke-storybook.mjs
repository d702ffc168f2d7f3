// Smoke test of the built Storybook (`npm run build-storybook` first).
//
// Serves storybook-static/ on 127.0.0.1, opens every story's iframe in headless Chromium (two
// tabs, each loading iframe.html once and switching stories as the Storybook manager does) and
// fails a story on: a story that did not render (Storybook's error display, an empty root, a
// bekasi-* element not upgraded or with an empty shadow root or no size), a console error, a page
// error, a failed request or an HTTP error, any request that leaves 127.0.0.1, and any axe
// violation on the story root (axe sees into open shadow roots), and words shown apart that the
// accessibility tree runs together (scripts/run-together.mjs). Console warnings are fine: the
// components warn about data issues on purpose. Saves a PNG per story in
// storybook-static/screenshots/. Docs pages are opened too and checked for errors and failed
// requests (not axe: the docs page is Storybook's own React UI, not ours).
//
// Prints one line per entry and ends with `smoke: N stories passed, N failed`; exits 1 on any
// failure. The browser is found as the tests find it (CHROME_PATH, else Chromium); SMOKE_CONCURRENCY (tabs,
// default 2) and SMOKE_TIMEOUT (ms per entry, default 30000) tune it for slow machines;
// SMOKE_ONLY (a regular expression on entry ids, e.g. `banner`) checks some entries only.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { runTogether, wordsShownApart } from './run-together.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const screenshotDir = join(staticDir, 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Stories open this many at a time. */
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY) || 2;
/** Per entry: navigation, rendering and the axe run together. */
const ENTRY_TIMEOUT = Number(process.env.SMOKE_TIMEOUT) || 30_000;
const VIEWPORT = { width: 1200, height: 800, deviceScaleFactor: 1 };

const CHROME_FLAGS = ['--headless=new', ...chromeFlags];

/** axe rules that make no sense for one component in an iframe rather than a whole page. */
const AXE_OPTIONS = {
  resultTypes: ['violations'],
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // "All content should be contained by landmarks": a story is a fragment of a page; the page
    // that embeds the component provides the landmarks (the ready banner is itself a region).
    region: { enabled: false },
  },
};

function fail(message) {
  console.error(`smoke: ${message}`);
  process.exit(1);
}

/** Waits until the story has rendered and every bekasi-* element in it has finished updating. */
async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const storyRoot = document.querySelector('#storybook-root');
      return (
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') &&
          storyRoot !== null &&
          storyRoot.children.length > 0)
      );
    },
    { timeout: ENTRY_TIMEOUT },
  );
  return page.evaluate(async () => {
    const problems = [];
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const text = document.querySelector('#error-message')?.textContent?.trim() ?? 'unknown error';
      return { problems: [`Storybook shows an error: ${text.slice(0, 300)}`], count: 0, states: [] };
    }
    const storyRoot = document.querySelector('#storybook-root');
    const elements = () =>
      [...storyRoot.querySelectorAll('*')].filter((el) => el.localName.startsWith('bekasi-'));
    // Updates can cascade (a provider's value reaches its consumers on their next update), so
    // settle until a whole round finds nothing pending.
    for (let round = 0; round < 10; round += 1) {
      const pending = await Promise.all(elements().map((el) => el.updateComplete ?? true));
      if (pending.every((done) => done === true)) break;
    }
    await document.fonts.ready;
    const found = elements();
    if (found.length === 0) problems.push('no bekasi-* element in the story (blank story?)');
    // Any custom element left undefined (a story helper dropped by tree-shaking, say) renders nothing.
    for (const el of storyRoot.querySelectorAll('*')) {
      if (
        el.localName.includes('-') &&
        !el.localName.startsWith('bekasi-') &&
        !customElements.get(el.localName)
      ) {
        problems.push(`<${el.localName}> is not defined`);
      }
    }
    for (const el of found) {
      const name = `<${el.localName}>`;
      if (!customElements.get(el.localName)) problems.push(`${name} is not defined`);
      else if (!(el instanceof customElements.get(el.localName))) problems.push(`${name} was not upgraded`);
      else if (!el.shadowRoot || el.shadowRoot.children.length === 0)
        problems.push(`${name} has an empty shadow root`);
      else if (getComputedStyle(el).display !== 'contents') {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0)
          problems.push(`${name} has no size (${box.width}×${box.height})`);
      }
    }
    // Images inside shadow roots (logo, hero) must have loaded before the screenshot.
    const images = found.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]);
    const waitAtMost = (promise, ms) => Promise.race([promise, new Promise((done) => setTimeout(done, ms))]);
    await Promise.all(
      images.map((img) =>
        img.complete
          ? undefined
          : waitAtMost(
              img.decode().catch(() => undefined),
              5000,
            ),
      ),
    );
    for (const img of images) {
      if (!img.complete || img.naturalWidth === 0)
        problems.push(`an image did not load: ${img.currentSrc || img.src}`);
    }
    // What each component shows (its first part inside `base`: banner, loading, error …), so the
    // log tells a story that should load from one stuck loading.
    const states = found
      .filter((el) => getComputedStyle(el).display !== 'contents')
      .map(
        (el) =>
          `<${el.localName}> ${el.shadowRoot?.querySelector('[part~="base"] > [part]')?.getAttribute('part') ?? 'nothing'}`,
      );
    return { problems, count: found.length, states };
  });
}

async function runAxe(page) {
  return page.evaluate(async (options) => {
    // Storybook's a11y addon runs axe on each story too, and axe allows one run at a time.
    let result;
    for (let attempt = 0; !result; attempt += 1) {
      try {
        result = await globalThis.axe.run(document.querySelector('#storybook-root'), options);
      } catch (error) {
        if (attempt >= 100 || !/already running/i.test(String(error?.message))) throw error;
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
    return result.violations.map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ');
      return `axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
    });
  }, AXE_OPTIONS);
}

/** Words the story shows apart that Chromium's accessibility tree runs together (run-together.mjs). */
async function runTogetherProblems(page) {
  const apart = await page.evaluate(wordsShownApart);
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  return runTogether(apart, tree).map((words) => `read run together by screen readers: "${words}"`);
}

/**
 * One browser tab that shows entries one after another. It loads iframe.html once and switches
 * stories through Storybook's own channel, as the Storybook manager does (the bundle is parsed
 * once per tab, not once per story); every problem seen meanwhile belongs to the current entry.
 */
async function openTab(browser, origin) {
  // A context of its own gives the tab a window of its own: a background tab in a shared window
  // is hidden, and hidden pages neither load lazy images nor paint for screenshots.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  // Still pictures and a deterministic axe run: an animation caught mid-way (the loading
  // indicator's pulse) gives a different screenshot and contrast on every run. The components
  // honour this setting, so this is also the reduced-motion look.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const tab = { page, problems: [], pending: new Set(), lastActivity: Date.now() };
  const note = (problem) => tab.problems.push(problem);
  page.on('request', (request) => {
    const url = request.url();
    if (url === `${origin}/favicon.ico`) return; // the browser's own request; see static-server.mjs
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(`${origin}/`)) {
      tab.pending.add(request);
      tab.lastActivity = Date.now();
      return;
    }
    // Not blocked (request interception has quirks that leave requests hanging): on this closed
    // network it fails on its own, and either way the entry fails.
    note(`request outside 127.0.0.1: ${request.method()} ${url}`);
  });
  const settle = (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(`${origin}/`)) {
      tab.pending.delete(request);
      tab.lastActivity = Date.now();
    }
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', (request) => {
    settle(request);
    const url = request.url();
    if (!url.startsWith(`${origin}/`)) return;
    const error = request.failure()?.errorText ?? 'unknown';
    // Under heavy CPU load Chromium now and then reports a fetch as ERR_ABORTED after the page
    // has received and read its whole 200 response (seen here with no abort from the page's
    // code, and no retry by the loader). A request without a good response is still a failure.
    if (error === 'net::ERR_ABORTED' && request.response()?.ok()) return;
    // A docs page shows a story that restyles the whole page (a 10 px root) in a frame of its own;
    // switching away removes that frame while it loads, which aborts its requests. The story
    // itself is checked as an entry of its own.
    if (error === 'net::ERR_ABORTED' && request.frame() !== page.mainFrame()) return;
    note(`request failed: ${url} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) note(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => note(`page error: ${error?.message ?? error}`));
  page.on('console', (message) => {
    // No allow-list: nothing in Storybook or the components is expected to log an error.
    // Warnings (data issues, a second copy of the library) are intentional and pass.
    if (message.type() === 'error' || message.type() === 'assert') {
      const location = message.location()?.url ? ` (${message.location().url})` : '';
      note(`console ${message.type()}: ${message.text()}${location}`);
    }
  });

  await page.goto(`${origin}/iframe.html`, { waitUntil: 'load', timeout: ENTRY_TIMEOUT });
  await previewReady(tab);
  return tab;
}

/** Waits for Storybook's preview in the tab, gives the page axe and marks the document. */
async function previewReady(tab) {
  await tab.page.waitForFunction(
    () =>
      Boolean(globalThis.__STORYBOOK_PREVIEW__?.storyStoreValue && globalThis.__STORYBOOK_ADDONS_CHANNEL__),
    { timeout: ENTRY_TIMEOUT },
  );
  await tab.page.addScriptTag({ path: axePath });
  await tab.page.evaluate(() => {
    globalThis.__bekasiSmoke = true;
  });
}

/**
 * True when the document is no longer the one previewReady() marked: Storybook reloads the page
 * when it cannot tear a story down, and nobody else should.
 */
async function reloaded(page) {
  return page.evaluate(() => globalThis.__bekasiSmoke !== true).catch(() => true);
}

/** Waits until no request of the tab has been in flight for a moment (a `src` fetch, an image). */
async function networkQuiet(tab, quietFor = 250) {
  const deadline = Date.now() + ENTRY_TIMEOUT;
  while (Date.now() < deadline) {
    if (tab.pending.size === 0 && Date.now() - tab.lastActivity >= quietFor) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  tab.problems.push(
    `requests still in flight after ${ENTRY_TIMEOUT / 1000} s: ${[...tab.pending].map((request) => request.url().slice(0, 120)).join(', ')}`,
  );
}

/**
 * Shows one index entry in the tab through Storybook's channel and resolves once Storybook is
 * done with it: for a story, its render's last phase (`finished`, after the a11y addon's own axe
 * run in `afterEach`), because Storybook reloads the whole page when it must tear down a render
 * that is still busy; for a docs page, `docsRendered`.
 */
function show(page, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  return page.evaluate(
    // The promise is kept in a global: held by nothing but its timer and Storybook's listeners,
    // it was collected now and then (under load, after a docs page), and the evaluation failed
    // with "Promise was collected" (1 run in 5 of CI, 5 of 6 banner-only runs with the CPUs busy;
    // none of 6 with the global).
    ({ storyId, viewMode, timeout }) =>
      (globalThis.__bekasiShowing = new Promise((resolveShow) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        const handlers = new Map();
        let rendered = false;
        const finish = (event, payload) => {
          clearTimeout(timer);
          for (const [name, handler] of handlers) channel.off(name, handler);
          let detail;
          try {
            detail = payload === undefined ? '' : JSON.stringify(payload).slice(0, 300);
          } catch {
            detail = String(payload);
          }
          resolveShow({ event, detail, rendered });
        };
        let aborted = false;
        const timer = setTimeout(
          () => finish(aborted ? 'timeout after an aborted render' : 'timeout'),
          timeout,
        );
        const on = (name, handler) => {
          handlers.set(name, handler);
          channel.on(name, handler);
        };
        const idOf = (payload) => (typeof payload === 'string' ? payload : (payload?.storyId ?? payload?.id));
        // Only this entry's events count; a late event of the previous one is ignored.
        const mine = (payload) => {
          const id = idOf(payload);
          return id === undefined || id === storyId;
        };
        on('storyRendered', (payload) => {
          if (mine(payload)) rendered = true;
        });
        on('storyRenderPhaseChanged', (payload) => {
          if (viewMode !== 'story' || !mine(payload)) return;
          // An aborted render is one Storybook replaced with a new one (seen once after a docs
          // page, in 0.1 s): wait for that one to finish or fail, or for the timeout.
          if (payload?.newPhase === 'aborted') aborted = true;
          // A render of this story finishes only after it says it rendered. A "finished" before that
          // is another render's: the docs page's own frame of a story shown apart from the page
          // (`inline: false`) reports here too, late, under the same id.
          if (payload?.newPhase === 'finished' && !rendered) return;
          if (['finished', 'errored'].includes(payload?.newPhase)) finish(`phase ${payload.newPhase}`);
        });
        on('docsRendered', (payload) => {
          if (viewMode === 'docs' && mine(payload)) {
            rendered = true;
            finish('docsRendered');
          }
        });
        for (const name of ['storyErrored', 'storyThrewException', 'storyMissing']) {
          on(name, (payload) => finish(name, payload));
        }
        channel.emit('setCurrentStory', { storyId, viewMode });
      })),
    { storyId: entry.id, viewMode, timeout: ENTRY_TIMEOUT },
  );
}

/** Shows one index entry and returns what went wrong with it. */
async function check(tab, entry) {
  tab.problems = [];
  const { page } = tab;
  // The step under way, named in an error's message: "while running axe: …" says where to look.
  let step = 'showing the entry';
  try {
    const shown = await show(page, entry);
    const expected = entry.type === 'docs' ? 'docsRendered' : 'phase finished';
    if (shown.event !== expected || !shown.rendered) {
      tab.problems.push(`Storybook answered ${shown.event}${shown.detail ? `: ${shown.detail}` : ''}`);
      return { problems: tab.problems, detail: '' };
    }
    await networkQuiet(tab);
    if (entry.type === 'docs') {
      const text = await page.evaluate(
        () => document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0,
      );
      if (text === 0) tab.problems.push('the docs page is empty');
      return { problems: tab.problems, detail: 'docs' };
    }
    step = 'waiting for the story to settle';
    const rendered = await waitForStory(page);
    await networkQuiet(tab);
    tab.problems.push(...rendered.problems);
    step = 'running axe';
    tab.problems.push(...(await runAxe(page)));
    step = 'reading the accessibility tree';
    tab.problems.push(...(await runTogetherProblems(page)));
    step = 'taking the screenshot';
    await page.screenshot({ path: join(screenshotDir, `${entry.id}.png`), fullPage: true });
    return { problems: tab.problems, detail: rendered.states.join(', ') };
  } catch (error) {
    tab.problems.push(`while ${step}: ${error?.name ?? 'Error'}: ${error?.message ?? error}`);
    return { problems: tab.problems, detail: '' };
  } finally {
    // A reload fails the entry it happened in; the next entry starts from a fresh preview.
    if (await reloaded(page)) {
      tab.problems.push('the page reloaded');
      await previewReady(tab).catch(() => undefined);
    }
  }
}

async function main() {
  const started = Date.now();
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile))
    fail('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const only = process.env.SMOKE_ONLY ? new RegExp(process.env.SMOKE_ONLY) : undefined;
  const entries = Object.values(index.entries ?? {}).filter(
    (entry) => (entry.type === 'story' || entry.type === 'docs') && (!only || only.test(entry.id)),
  );
  const stories = entries.filter((entry) => entry.type === 'story');
  if (stories.length === 0) fail('index.json lists no stories.');

  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });

  const server = await serveStatic(staticDir);
  const origin = server.url;
  let executablePath;
  try {
    executablePath = findChrome();
  } catch (error) {
    fail(error.message);
  }
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });

  const results = new Map();
  const linkProblems = [];
  try {
    const queue = [...entries];
    const worker = async () => {
      const tab = await openTab(browser, origin);
      // Problems while loading iframe.html itself go to the first entry the tab shows.
      const atLoad = tab.problems;
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const begun = Date.now();
        const result = await check(tab, entry);
        if (atLoad.length > 0) result.problems.unshift(...atLoad.splice(0));
        results.set(entry.id, result);
        const seconds = ((Date.now() - begun) / 1000).toFixed(1);
        const label = entry.type === 'docs' ? `${entry.id} (docs)` : entry.id;
        if (result.problems.length === 0) {
          console.log(`ok    ${label} — ${result.detail ? `${result.detail}, ` : ''}${seconds} s`);
        } else {
          console.log(`FAIL  ${label} — ${seconds} s`);
          for (const problem of [...new Set(result.problems)]) console.log(`        ${problem}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    linkProblems.push(...(await deepLinkProblems(browser, origin)));
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const failed = (list) => list.filter((entry) => (results.get(entry.id)?.problems.length ?? 1) > 0).length;
  const docs = entries.filter((entry) => entry.type === 'docs');
  const storiesFailed = failed(stories);
  const docsFailed = failed(docs);
  console.log(`screenshots: ${screenshotDir} (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  if (docs.length > 0)
    console.log(`smoke: ${docs.length - docsFailed} docs pages passed, ${docsFailed} failed`);
  for (const problem of linkProblems) console.log(`FAIL  deep link: ${problem}`);
  console.log(`smoke: ${stories.length - storiesFailed} stories passed, ${storiesFailed} failed`);
  process.exitCode = storiesFailed + docsFailed + linkProblems.length > 0 ? 1 : 0;
}

/**
 * A designer shares a story with its controls set (`&args=variant:bars;…`, what Storybook puts in
 * the address bar). Text and choice args were once dropped from such links: each kind is checked.
 */
async function deepLinkProblems(browser, origin) {
  const links = [
    ['components-scorecard--default', 'variant:bars;compare:previous;year:2023', 'bekasi-scorecard'],
    ['components-timeline--default', 'group-by:agency;status:completed;layout:list', 'bekasi-timeline'],
    ['components-quick-wins--default', 'layout:table;sort:-progress;page-size:3', 'bekasi-quick-wins'],
  ];
  const problems = [];
  const page = await browser.newPage();
  try {
    for (const [id, args, tag] of links) {
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&args=${args}`, { waitUntil: 'load' });
      await page.waitForSelector(tag, { timeout: ENTRY_TIMEOUT });
      const expected = Object.fromEntries(args.split(';').map((pair) => pair.split(':')));
      const actual = await page.evaluate(
        (tag, names) => names.map((name) => document.querySelector(tag)?.getAttribute(name)),
        tag,
        Object.keys(expected),
      );
      const wrong = Object.entries(expected).filter(([, value], index) => actual[index] !== value);
      if (wrong.length > 0)
        problems.push(`${id}&args=${args} set ${wrong.map(([name]) => name).join(', ')} wrongly`);
    }
  } finally {
    await page.close();
  }
  return problems;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
