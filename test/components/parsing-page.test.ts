// A page still being parsed when the library's script runs: `<script type="module" async>`, or a
// script a tag manager inserts, runs as soon as it arrives, and meets the components before the
// rest of the page, their inline JSON included. The page here is a frame written with
// document.write, held open while the script runs, so the parser is paused mid-document exactly
// where the test says.
import '../setup.js';
import { expect, waitUntil } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import type { BekasiElement } from '../../src/core/base-element.js';
import { documents } from '../fixtures/index.js';
import { shadowText, shownState } from './helpers.js';

/**
 * A frame still being parsed: its document is open, with an `async` module script for each tag
 * and then `markup` written, and each tag defined (the scripts ran while the page was "loading").
 */
async function parsingPage(
  tags: string[],
  markup: string,
  { lang = 'en', head = '' } = {},
): Promise<{ frame: HTMLIFrameElement; page: Document }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const page = frame.contentDocument!;
  page.open();
  const scripts = tags.map((tag) => `<script type="module" async src="/src/${tag}.ts"></script>`);
  page.write(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${scripts.join('')}${markup}`);
  for (const tag of tags) {
    await waitUntil(() => frame.contentWindow!.customElements.get(tag), `<${tag}> is defined`, {
      timeout: 15000,
    });
  }
  return { frame, page };
}

const bekasiJson = JSON.stringify(documents.bekasi);
/** Loads and renders run in a frame on a busy test machine: waits get 10 s, not 1 s. */
const PATIENT = { timeout: 10000 };

describe('a page still being parsed when the script runs', () => {
  it('waits for inline JSON the parser has not reached, and shows it once the page is parsed', async () => {
    // The JSON is cut in two: the parser has read its first half when the script runs.
    const half = Math.floor(bekasiJson.length / 2);
    const { frame, page } = await parsingPage(
      ['bekasi-scorecard'],
      `<bekasi-scorecard><script type="application/json">${bekasiJson.slice(0, half)}`,
    );
    const scorecard = page.querySelector('bekasi-scorecard') as BekasiElement;
    await scorecard.updateComplete;
    expect(page.readyState).to.equal('loading');
    // Neither "no data" nor "not valid JSON": the rest is on its way.
    expect(shownState(scorecard)).to.equal('loading');
    expect(shadowText(scorecard)).to.contain('Loading');

    page.write(`${bekasiJson.slice(half)}</script></bekasi-scorecard></body></html>`);
    page.close();
    await waitUntil(() => shownState(scorecard) === 'ready', 'the scorecard shows the document', PATIENT);
    expect(shadowText(scorecard)).to.contain('Overall score 3.60 of 4.00');
    expect(scorecard.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    frame.remove();
  });

  it('meets a component before its inline JSON child exists, and one with `src`', async () => {
    const { frame, page } = await parsingPage(['bekasi-quick-wins'], `<bekasi-quick-wins id="inline">`, {
      lang: 'id',
    });
    const inline = page.getElementById('inline') as BekasiElement;
    await inline.updateComplete;
    expect(shownState(inline)).to.equal('loading');
    expect(shadowText(inline)).to.contain('Memuat');

    page.write(
      `<script type="application/json">${bekasiJson}</script></bekasi-quick-wins>` +
        `<bekasi-quick-wins id="remote" src="/public/data/bekasi.json"></bekasi-quick-wins></body></html>`,
    );
    page.close();
    const remote = page.getElementById('remote') as BekasiElement;
    await waitUntil(
      () => shownState(inline) === 'ready' && shownState(remote) === 'ready',
      'both trackers show the document',
      PATIENT,
    );
    expect(shadowText(inline)).to.equal(shadowText(remote));
    frame.remove();
  });

  it('is accessible while it waits for the parser', async () => {
    // axe runs in the frame, on the frame's own document, as it would on that page.
    const { frame, page } = await parsingPage(
      ['bekasi-scorecard'],
      `<main><bekasi-scorecard><script type="application/json">{"schemaVersion":`,
      { head: '<title>Parsing</title><script src="/node_modules/axe-core/axe.min.js"></script>' },
    );
    const frameWindow = frame.contentWindow as Window & { axe?: typeof Axe };
    await waitUntil(() => frameWindow.axe !== undefined, 'axe is loaded in the frame', PATIENT);
    const scorecard = page.querySelector('bekasi-scorecard') as BekasiElement;
    await scorecard.updateComplete;
    expect(page.readyState).to.equal('loading');
    expect(shownState(scorecard)).to.equal('loading');
    const { violations } = await frameWindow.axe!.run(scorecard);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    page.write('"1.0"}</script></bekasi-scorecard></main></body></html>');
    page.close();
    frame.remove();
  });

  it('lets go of its elements once the page is parsed: no listener is left on the window', async () => {
    const { frame, page } = await parsingPage(
      ['bekasi-scorecard'],
      `<bekasi-scorecard id="removed"></bekasi-scorecard><bekasi-scorecard id="kept">` +
        `<script type="application/json">${bekasiJson}</script></bekasi-scorecard>`,
    );
    const removed = page.getElementById('removed') as BekasiElement;
    const kept = page.getElementById('kept') as BekasiElement;
    await kept.updateComplete;
    // Taken out of the page (a carousel, a tab) while the page is still parsed.
    removed.remove();
    page.write('</body></html>');
    page.close();
    await waitUntil(() => shownState(kept) === 'ready', 'the scorecard shows the document', PATIENT);
    await removed.updateComplete;
    // A listener still on the window would hold each element (and its document) for the page's
    // life; the only way to see one from a test is to send the event again.
    page.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(kept.isUpdatePending).to.equal(false);
    expect(removed.isUpdatePending).to.equal(false);
    frame.remove();
  });

  it('shows the document of a <bekasi-data> around it, and `.data` set by a script at once', async () => {
    const { frame, page } = await parsingPage(
      ['bekasi-data', 'bekasi-banner'],
      `<bekasi-data src="/public/data/bekasi.json"><bekasi-banner id="provided"></bekasi-banner>`,
    );
    const provided = page.getElementById('provided') as BekasiElement;
    const scripted = page.createElement('bekasi-banner') as BekasiElement & { data?: unknown };
    scripted.data = documents.bekasi;
    page.body.append(scripted);
    await scripted.updateComplete;
    expect(page.readyState).to.equal('loading');
    expect(shownState(scripted)).to.equal('ready');
    page.write('</bekasi-data></body></html>');
    page.close();
    await waitUntil(
      () => shownState(provided) === 'ready',
      'the banner inside <bekasi-data> shows the document',
      PATIENT,
    );
    frame.remove();
  });

  it('passes reload() to the <bekasi-data> around it while the page is parsed', async () => {
    const { frame, page } = await parsingPage(
      ['bekasi-data', 'bekasi-banner'],
      `<bekasi-data src="/public/data/bekasi.json"><bekasi-banner id="provided"></bekasi-banner>`,
    );
    // Every request the frame's library makes, by address.
    const frameWindow = frame.contentWindow as Window;
    const requested: string[] = [];
    const fetchInFrame = frameWindow.fetch.bind(frameWindow);
    frameWindow.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return fetchInFrame(input, init);
    };
    const provided = page.getElementById('provided') as BekasiElement;
    const data = page.querySelector('bekasi-data') as HTMLElement & { updateComplete: Promise<boolean> };
    await data.updateComplete;
    await provided.updateComplete;
    const before = requested.length;
    expect(page.readyState).to.equal('loading');
    // A page script asks for fresh data before the page is parsed.
    provided.reload();
    await data.updateComplete;
    expect(requested.slice(before)).to.have.length(1);
    expect(requested.at(-1)).to.contain('/public/data/bekasi.json');
    page.write('</bekasi-data></body></html>');
    page.close();
    await waitUntil(() => shownState(provided) === 'ready', 'the banner shows the document', PATIENT);
    frame.remove();
  });
});
