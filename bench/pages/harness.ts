/**
 * The in-page half of the benchmark, shared by every contender's page. A page calls
 * `defineBench(setup)`; `bench/run.mjs` waits for `window.bench.ready` and then calls the steps
 * its scenario lists, one `page.evaluate` each. Every step returns plain numbers (milliseconds,
 * counts), so all timing happens in the page with `performance.now()`.
 */

export type Measures = Record<string, number>;
export type Step = () => Measures | Promise<Measures>;

declare global {
  interface Window {
    bench?: { ready: Promise<void>; steps: Record<string, Step> };
  }
}

/**
 * Prepares a contender (platform warm-up, data, inputs: none of it timed as the library's) and
 * exposes its steps to the runner. Besides the page's own steps: `dom` (deep element count) and
 * `platform` (what the warm-up cost: the same for every library, a reading of the machine).
 */
export function defineBench(setup: () => Promise<Record<string, Step>>): void {
  const platform = warmPlatform();
  const steps: Record<string, Step> = {
    dom: () => ({ dom: deepCount(document) }),
    platform: () => platform,
  };
  const ready = setup().then((own) => {
    Object.assign(steps, own);
  });
  window.bench = { ready, steps };
}

/**
 * One-time engine costs that the first chart on a fresh page would otherwise carry, whichever
 * library it is, and that a real page has usually paid already: loading ICU data for the first
 * `Intl` formatter (tens of milliseconds here; our scorecard and Chart.js both format numbers with
 * `Intl`), and the first text layout (font lookup). Paid here, before any timing, for everybody.
 */
function warmPlatform(): Measures {
  let start = performance.now();
  for (const locale of [document.documentElement.lang || 'id', undefined]) {
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(3.6);
    new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(new Date(2024, 0, 1));
  }
  const intl = performance.now() - start;
  start = performance.now();
  const sample = document.createElement('p');
  sample.style.position = 'absolute';
  sample.style.visibility = 'hidden';
  // Every contender's own font stack (ours, Chart.js's, ECharts'), in the regular and bold
  // weights they use, in both DOM text and canvas: nobody pays the first font set-up in a timed
  // step, and nobody is spared it alone.
  const families = [
    "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
    "'Helvetica Neue', Helvetica, Arial, sans-serif",
    'sans-serif',
  ];
  const context = document.createElement('canvas').getContext('2d');
  for (const family of families) {
    for (const weight of ['400', '700']) {
      const line = document.createElement('span');
      line.style.fontFamily = family;
      line.style.fontWeight = weight;
      line.textContent = 'Tata Kelola Pemerintahan Cerdas 3,60 2024 ';
      sample.append(line);
      if (context) {
        context.font = `${weight} 12px ${family}`;
        context.measureText('Ekonomi Cerdas 3.5');
      }
    }
  }
  document.body.append(sample);
  sample.getBoundingClientRect();
  sample.remove();
  return { platformIntl: intl, platformText: performance.now() - start };
}

/**
 * Waits for the next frame and for the rendering it does: a rAF callback runs at the start of the
 * frame, before style, layout and paint; a message posted from it is handled once they are done.
 */
export function afterFrame(): Promise<{ frameStart: number; frameEnd: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frameStart, frameEnd: performance.now() });
      channel.port2.postMessage(undefined);
    });
  });
}

/**
 * Times `work` (creating a chart, or a batch of updates) the same way for every library:
 * `performance.now()` before, the library's own completion, then one frame.
 *
 * - `script`: start → the library says it is done (its call returned or its promise settled);
 * - `frame`: the rendering of the next frame (rAF → after style, layout, paint);
 * - `work`: `script + frame`, the main-thread time the result costs, without the idle wait
 *   for the next vsync;
 * - `toFrame`: start → the next rAF callback (completion + one rAF; includes that idle wait);
 * - `toPainted`: start → after the next frame's rendering.
 */
export async function timeWork(prefix: string, work: () => unknown): Promise<Measures> {
  const start = performance.now();
  await work();
  const done = performance.now();
  const { frameStart, frameEnd } = await afterFrame();
  return {
    [prefix]: done - start + (frameEnd - frameStart),
    [`${prefix}Script`]: done - start,
    [`${prefix}Frame`]: frameEnd - frameStart,
    [`${prefix}ToFrame`]: frameStart - start,
    [`${prefix}ToPainted`]: frameEnd - start,
  };
}

/** `querySelectorAll('*').length`, descending into every open shadow root. */
export function deepCount(root: Document | ShadowRoot | Element): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += deepCount(element.shadowRoot);
  }
  return count;
}

/** The element every contender renders into (fixed width, the same for all). */
export function stage(): HTMLElement {
  const element = document.getElementById('stage');
  if (!element) throw new Error('The page has no #stage');
  return element;
}

/** The scenario's data, served by the runner (fetched before any timing). */
export async function scenarioData<T>(): Promise<T> {
  const name = document.documentElement.dataset['scenario'];
  const response = await fetch(`/data/${name}.json`);
  if (!response.ok) throw new Error(`/data/${name}.json: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * A document source for our components: the `data` property by default, as the peers get objects;
 * on a page opened with `?source=inline` (`node bench/ab.mjs --source inline`), inline JSON that
 * the component parses itself, the one-script-tag case. The text is made here, before any timing,
 * as a page's HTML holds it already. Pages use it for their first render only: a second element
 * on the same document object is about validation remembered, which inline JSON never is.
 */
export function documentSource(data: unknown): (element: HTMLElement & { data?: unknown }) => void {
  if (new URLSearchParams(location.search).get('source') !== 'inline') {
    return (element) => {
      element.data = data;
    };
  }
  const text = JSON.stringify(data);
  return (element) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    element.append(script);
  };
}
