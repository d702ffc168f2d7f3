// Takes a screenshot of a page in headless Chromium:
// `node scripts/screenshot.mjs URL OUT.png [width] [lang] [selector]` (selector: only that element).
// Used for the README's picture of the demo and for looking at pages during development.
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';

const [url = 'http://127.0.0.1:5173/', out = 'docs/images/demo.png', width = '1200', lang, selector] =
  process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeFlags,
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  if (lang)
    await page.evaluateOnNewDocument((language) => localStorage.setItem('bekasi-demo-lang', language), lang);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (selector) await (await page.$(selector))?.screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
