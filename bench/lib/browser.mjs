// Headless Chromium for the benchmark: the machine's own browser (scripts/find-chrome.mjs), its
// flags for this closed network, and a fresh page per sample in its own browser context.
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../../scripts/find-chrome.mjs';

export async function launchBrowser() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      ...chromeFlags,
      '--enable-precise-memory-info',
      // Keep timers and frames at full rate in a page nobody looks at.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 },
  });
}

/**
 * Opens `path` on the bench server in a new browser context (a new renderer: no heap, JIT or
 * cache shared with earlier samples), waits for `window.bench.ready` and for loading to settle.
 * Requests off the bench server are aborted and listed in `notes.blocked`; console warnings and
 * errors go to `notes.console`. Close with `close()`.
 */
export async function openBenchPage(browser, origin, path, notes, tag) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) void request.continue();
    else {
      notes.blocked.push(request.url());
      void request.abort();
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) {
      notes.console.push(`${tag} ${message.type()}: ${message.text().slice(0, 300)}`);
    }
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction('window.bench !== undefined', { timeout: 10_000 });
  await page.evaluate(() => window.bench.ready);
  // Let loading settle: two frames, then a short idle.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
  const cdp = await page.createCDPSession();
  // Durations in thread running time: the main thread's CPU, which other load on the machine
  // barely changes (wall time, which the page measures itself, does).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const mainThreadSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')
      ?.value ?? Number.NaN;
  return {
    page,
    cdp,
    errors,
    /**
     * Runs a step of the page's harness; returns its measures, plus `<step>Cpu`: the main
     * thread's CPU time over the whole step (script, style, layout, paint), in ms.
     */
    step: async (name) => {
      // A step only some contenders have (validating the document: ours alone) gives no row.
      if (!(await page.evaluate((step) => step in window.bench.steps, name))) return {};
      const before = await mainThreadSeconds();
      const measures = await page.evaluate((step) => window.bench.steps[step](), name);
      const cpu = ((await mainThreadSeconds()) - before) * 1000;
      return { ...measures, [`${name}Cpu`]: cpu };
    },
    /** Used JS heap after a full GC, in bytes. */
    heap: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
    close: () => context.close(),
  };
}

/**
 * One sample of `scenario` for the page `tag` ("<scenario>/<contender>"): a fresh page, the
 * scenario's steps in order (heap readings and page steps), its derived metrics, then closed.
 * Throws if the page reported an error. `query` (`?source=inline`) is for the page's own options.
 */
export async function runSample(browser, origin, scenario, tag, notes, query = '') {
  const session = await openBenchPage(browser, origin, `/pages/${tag}.html${query}`, notes, tag);
  try {
    const sample = {};
    for (const step of scenario.steps) {
      if (step.heap) sample[step.heap] = await session.heap();
      else Object.assign(sample, await session.step(step.call));
    }
    if (session.errors.length > 0) throw new Error(`${tag}: page errors: ${session.errors.join('; ')}`);
    for (const metric of scenario.metrics) {
      if (metric.derive) sample[metric.key] = metric.derive(sample);
    }
    return sample;
  } finally {
    await session.close();
  }
}
