// Opens examples/cdn.html, a plain page with hostile global CSS and a strict CSP that loads only
// cdn/bekasi-elements.js, in headless Chromium, as a web team on an old CMS would; then
// examples/cdn-timeline.html, which loads one component's files (cdn/timeline.js, cdn/data.js).
// Fails on CSP violations, console errors, page errors, or components that do not render. Needs
// `npm run build` first; saves screenshots to test-results/cdn.png and cdn-timeline.png.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const server = await serveStatic('.', { fallbacks: ['public'] });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
const problems = [];

/** A new page that records what would break an embedding page: CSP violations, errors, failed requests. */
async function watchedPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    // The intentionally broken data address answers 404; the browser logs that as an error.
    if (message.type() === 'error' && !message.text().includes('404'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A fetch the loader itself called off (its callers gone, or a newer request for the same
    // document) is not a failure; that the components show their data is checked below.
    const reason = request.failure()?.errorText;
    if (reason === 'net::ERR_ABORTED') return;
    if (!request.url().endsWith('/salah.json')) problems.push(`request failed (${reason}): ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/salah.json')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });

  return page;
}

try {
  const page = await watchedPage();
  await page.goto(`${server.url}/examples/cdn.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('bekasi-banner')].every((banner) =>
        banner.shadowRoot?.querySelector('[part="banner"], [part="error"]'),
      ) &&
      document
        .querySelector('bekasi-scorecard')
        ?.shadowRoot?.querySelector('[part="scorecard"], [part="error"]') &&
      document
        .querySelector('bekasi-quick-wins')
        ?.shadowRoot?.querySelector('[part="summary"], [part="error"]') &&
      document
        .querySelector('bekasi-timeline')
        ?.shadowRoot?.querySelector('[part="summary"], [part="error"]'),
    { timeout: 15000 },
  );
  const report = await page.evaluate(() => {
    const banners = [...document.querySelectorAll('bekasi-banner')];
    const heading = (banner) => banner.shadowRoot.querySelector('[part="name"]');
    return {
      registered: Boolean(customElements.get('bekasi-banner') && customElements.get('bekasi-data')),
      names: banners.map((banner) => heading(banner)?.textContent ?? null),
      errors: banners.map((banner) => banner.shadowRoot.querySelector('[part="error"]')?.textContent ?? null),
      // Read only when the banner shows its name: one in an error state is reported below.
      headingFont: heading(banners[0]) ? getComputedStyle(heading(banners[0])).fontFamily : '',
      headingTransform: heading(banners[0]) ? getComputedStyle(heading(banners[0])).textTransform : 'none',
      logoWidth: banners[0].shadowRoot.querySelector('[part="logo"]')?.getBoundingClientRect().width ?? 0,
      // The page's 10 px root (Bootstrap 3) must not shrink the text or the touch targets.
      textSize: getComputedStyle(document.querySelector('bekasi-scorecard').shadowRoot.querySelector('.root'))
        .fontSize,
      smallestButton: Math.min(
        ...['bekasi-scorecard', 'bekasi-quick-wins', 'bekasi-timeline'].flatMap((tag) =>
          [
            ...document
              .querySelector(tag)
              .shadowRoot.querySelectorAll('.table-toggle, .controls button, .toolbar button'),
          ].map((button) => button.getBoundingClientRect().height),
        ),
      ),
      // The CDN build minifies the templates' HTML: a space that opens a text must survive it.
      overallScore: document.querySelector('bekasi-scorecard').shadowRoot.querySelector('.overall__value')
        ?.textContent,
      violations: window.__violations,
      // The other components in the file: ready (no error part), under the same CSP and page CSS.
      others: ['bekasi-scorecard', 'bekasi-quick-wins', 'bekasi-timeline'].map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return {
          tag,
          error: root.querySelector('[part="error"]')?.textContent ?? null,
          text: root.textContent,
        };
      }),
    };
  });
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/cdn.png', fullPage: true });

  if (!report.registered) problems.push('the CDN file did not register the components');
  if (report.names[0] !== 'Kota Bekasi')
    problems.push(`hero banner shows ${report.names[0] ?? `an error: ${report.errors[0]}`}`);
  if (report.names[1] !== 'Bekasi City') problems.push(`English compact banner shows ${report.names[1]}`);
  if (!report.errors[2]?.includes('404')) problems.push('the broken address does not explain its 404');
  if (/times/i.test(report.headingFont)) problems.push(`page CSS leaked the font: ${report.headingFont}`);
  if (report.headingTransform !== 'none') problems.push('page CSS leaked text-transform');
  if (report.logoWidth === 50) problems.push('page CSS resized the logo');
  if (report.textSize !== '16px') problems.push(`the page's 10 px root made the text ${report.textSize}`);
  if (!(report.smallestButton >= 44)) problems.push(`a button is ${report.smallestButton} px tall, under 44`);
  for (const violation of report.violations) problems.push(`CSP violation: ${violation}`);
  for (const { tag, error } of report.others) if (error) problems.push(`<${tag}> shows an error: ${error}`);
  if (!/^\d,\d\d \/ \d,\d\d$/.test(report.overallScore ?? ''))
    problems.push(`the scorecard's overall score reads "${report.overallScore}", not "3,60 / 4,00"`);
  if (!report.others[0].text.includes('Skor keseluruhan'))
    problems.push('the scorecard shows no overall score');
  if (!report.others[1].text.includes('Berjalan')) problems.push('the quick-wins tracker shows no status');
  if (!/\d+ program/.test(report.others[2].text)) problems.push('the timeline shows no programmes');
  console.log(
    `cdn page: ${report.names.filter(Boolean).length} banners, a scorecard, a timeline and a tracker rendered, ${report.violations.length} CSP violations`,
  );
  await page.close();

  // One component's files only, the timeline's script before the provider's.
  const single = await watchedPage();
  await single.goto(`${server.url}/examples/cdn-timeline.html`, { waitUntil: 'networkidle0' });
  await single.waitForFunction(
    () =>
      [...document.querySelectorAll('bekasi-timeline')].every((timeline) =>
        timeline.shadowRoot?.querySelector('[part="summary"], [part="error"]'),
      ),
    { timeout: 15000 },
  );
  const timelines = await single.evaluate(() => ({
    defined: ['bekasi-data', 'bekasi-timeline', 'bekasi-scorecard'].map((tag) =>
      Boolean(customElements.get(tag)),
    ),
    violations: window.__violations,
    shown: [...document.querySelectorAll('bekasi-timeline')].map((timeline) => ({
      error: timeline.shadowRoot.querySelector('[part="error"]')?.textContent ?? null,
      summary: timeline.shadowRoot.querySelector('[part="summary"]')?.textContent ?? '',
      list: Boolean(timeline.shadowRoot.querySelector('[part="list"]')),
    })),
  }));
  await single.screenshot({ path: 'test-results/cdn-timeline.png', fullPage: true });
  if (timelines.defined.join() !== 'true,true,false')
    problems.push(`cdn/data.js + cdn/timeline.js defined [data, timeline, scorecard] = ${timelines.defined}`);
  for (const violation of timelines.violations) problems.push(`CSP violation (timeline page): ${violation}`);
  for (const [index, { error }] of timelines.shown.entries())
    if (error) problems.push(`timeline ${index + 1} shows an error: ${error}`);
  if (!/\d+ program/.test(timelines.shown[0]?.summary ?? ''))
    problems.push('the provided timeline shows no summary');
  if (!/\d+ programme/.test(timelines.shown[1]?.summary ?? '') || !timelines.shown[1]?.list)
    problems.push('the English list timeline shows no summary or no list');
  console.log(
    `cdn timeline page: ${timelines.shown.length} timelines rendered from cdn/timeline.js + cdn/data.js`,
  );

  // A Joomla 3 page: jQuery 1.12, MooTools 1.4's core (its own Array.from, extended built-in
  // prototypes) and an old plugin extending Object.prototype, all before the components.
  const joomla = await watchedPage();
  await joomla.goto(`${server.url}/examples/cdn-joomla.html`, { waitUntil: 'networkidle0' });
  await joomla.waitForFunction(
    () =>
      ['bekasi-banner', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"] > :not([role="status"])'),
      ),
    { timeout: 15000 },
  );
  const oldPage = await joomla.evaluate(() => {
    const shadow = (tag) => document.querySelector(tag).shadowRoot;
    return {
      mootools: window.MooTools?.version,
      errors: ['bekasi-banner', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins']
        .map((tag) => [tag, shadow(tag).querySelector('[part="error"]')?.textContent?.trim()])
        .filter(([, error]) => error),
      // The radar's scale: its rings are labelled 0 to 4.
      scale: [...shadow('bekasi-scorecard').querySelectorAll('svg text')]
        .map((text) => text.textContent.trim())
        .filter((text) => /^\d$/.test(text))
        .slice(0, 5)
        .join(' '),
      cards: shadow('bekasi-quick-wins').querySelectorAll('.card').length,
      programmes: shadow('bekasi-timeline').querySelector('[part="summary"]')?.textContent?.trim(),
    };
  });
  await joomla.close();
  if (oldPage.mootools !== '1.4.5')
    problems.push(`the Joomla page has no MooTools 1.4.5 (${oldPage.mootools})`);
  for (const [tag, error] of oldPage.errors) problems.push(`Joomla page: <${tag}> shows an error: ${error}`);
  if (oldPage.scale !== '0 1 2 3 4') problems.push(`Joomla page: the radar's scale reads "${oldPage.scale}"`);
  if (oldPage.cards !== 6) problems.push(`Joomla page: the tracker shows ${oldPage.cards} cards, not 6`);
  if (!/^24 program/.test(oldPage.programmes ?? ''))
    problems.push(`Joomla page: the timeline says ${oldPage.programmes}`);
  console.log(`cdn Joomla page (MooTools ${oldPage.mootools}, jQuery 1.12): every component shows its data`);

  // Subresource Integrity: cdn/integrity.json's hash lets the file run, and a file that is not
  // the one hashed (a CDN serving other bytes under the pinned URL) is refused.
  const integrity = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
  const pinned = (hash) => `<!doctype html><html lang="en"><link rel="icon" href="data:,">
    <script type="module" src="/cdn/banner.js" integrity="${hash}" crossorigin="anonymous"></script>`;
  const sriCases = [
    ['its hash', integrity['banner.js'], true],
    ["another file's hash", integrity['data.js'], false],
  ];
  mkdirSync('test-results', { recursive: true });
  for (const [name, hash, runs] of sriCases) {
    writeFileSync('test-results/sri.html', pinned(hash));
    const sri = await browser.newPage();
    await sri.goto(`${server.url}/test-results/sri.html`, { waitUntil: 'networkidle0' });
    const defined = await sri.evaluate(() => Boolean(customElements.get('bekasi-banner')));
    if (defined !== runs) problems.push(`cdn/banner.js with ${name} in integrity: ran = ${defined}`);
    await sri.close();
  }
  rmSync('test-results/sri.html', { force: true });
  if (
    Object.keys(integrity).sort().join() !==
    'banner.js,bekasi-elements.js,data.js,quick-wins.js,scorecard.js,timeline.js'
  )
    problems.push(`cdn/integrity.json lists ${Object.keys(integrity)}`);
  console.log(
    'cdn integrity: cdn/banner.js runs with its hash from cdn/integrity.json, and not with another',
  );
} finally {
  await browser.close();
  await server.close();
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('cdn page: OK (screenshot in test-results/cdn.png)');
