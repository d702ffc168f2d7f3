/**
 * The components inside a Svelte 5 app, as docs/frameworks.mdx tells a team to use them: the
 * document bound as `data={…}` (Svelte sets a property when the element has one, and an object as
 * a property even before the element is defined), options as plain attributes, and events
 * listened to by event attributes with their exact dashed names (`onbekasi-quickwin-select`).
 * The components are real `.svelte` files in test/components/frameworks/, compiled by
 * svelte/compiler on the test server (test/server/vendor-plugin.mjs).
 */
import '../setup.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { Component, flushSync, mount, unmount } from 'svelte';
import '../../src/bekasi-quick-wins.js';
import type { BekasiQuickWins, BekasiQuickWinSelectDetail } from '../../src/bekasi-quick-wins.js';
import type {
  BekasiLoadDetail,
  BekasiProgrammeSelectDetail,
  BekasiTimeline,
} from '../../src/bekasi-timeline.js';
import { fixture } from '../fixtures/index.js';
import { $, $$, consoleMessages, plain, shadowText, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const beforeEach: (hook: () => void) => void;
declare const afterEach: (hook: () => void) => void;

/** What the tests use of the bundle test/server/vendor-plugin.mjs makes with Svelte. */
interface SvelteVendor {
  mount: typeof mount;
  unmount: typeof unmount;
  flushSync: typeof flushSync;
  /** test/components/frameworks/quick-wins.svelte */
  QuickWins: Component<{
    smartCity: object;
    status: string;
    onselect: (detail: BekasiQuickWinSelectDetail) => void;
  }>;
  /** test/components/frameworks/timeline.svelte */
  Timeline: Component<{
    smartCity: object;
    grouping: string;
    onload: (detail: BekasiLoadDetail) => void;
    onselect: (detail: BekasiProgrammeSelectDetail) => void;
  }>;
  /** test/components/frameworks/state.svelte.js: a `$state` proxy of `initial`. */
  reactiveProps<T extends object>(initial: T): T;
  /** What svelte/compiler warned of while compiling those files. */
  compileWarnings: string[];
}
// A path the test server answers, not a package: TypeScript cannot resolve it, hence the cast.
const sveltePath = '/__vendor__/svelte.js';
const svelte = (await import(sveltePath)) as SvelteVendor;

const apps: Record<string, unknown>[] = [];
/** What was logged as a warning or error while a test ran: Svelte's runtime warns in the console. */
const logged = consoleMessages();
beforeEach(() => {
  logged.start();
});
afterEach(() => {
  logged.stop();
  for (const app of apps.splice(0)) void svelte.unmount(app);
  document.body.replaceChildren();
});

/** Mounts `component` with `props` in a new container, as an app's entry module does. */
function mountSvelte<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): void {
  const target = document.createElement('div');
  document.body.append(target);
  apps.push(svelte.mount(component, { target, props }));
  // mount() leaves effects, the attachment among them, for later; an app's first tick runs them.
  svelte.flushSync();
}

const names = (element: Element): string[] =>
  $$(element, '.card .name').map((name) => name.textContent?.trim() ?? '');

describe('In a Svelte 5 app', () => {
  it('the tracker takes data={…} as a property and its filter attribute, follows the state to new data, and reports a selection to onbekasi-quickwin-select', async () => {
    const selections: BekasiQuickWinSelectDetail[] = [];
    // The document in `$state`, as an app keeps it: the element gets Svelte's proxy of it.
    const props = svelte.reactiveProps({
      smartCity: fixture('bekasi') as object,
      status: 'completed',
      onselect: (detail: BekasiQuickWinSelectDetail) => selections.push(detail),
    });
    mountSvelte(svelte.QuickWins, props);
    const element = document.querySelector('bekasi-quick-wins') as BekasiQuickWins;
    await waitForState(element, 'ready');
    // A property, not the attribute data="[object Object]".
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.data).to.deep.equal(fixture('bekasi'));
    expect(element.getAttribute('lang')).to.equal('en');
    expect(element.status).to.equal('completed');
    expect(names(element)).to.deep.equal([
      '1,000 free public Wi-Fi points',
      'Urban tourism event calendar',
      'Online health centre queue',
    ]);
    await expect(element).to.be.accessible();

    const first = $$<HTMLButtonElement>(element, '.name')[0]!;
    first.click();
    await element.updateComplete;
    expect(selections.map((selection) => selection.id)).to.deep.equal(['wifi-publik']);
    expect(selections[0]!.quickWin.name).to.deep.include({ en: '1,000 free public Wi-Fi points' });

    // A state change, as the app makes when another city or filter is chosen.
    props.smartCity = fixture('cohen');
    props.status = 'in_progress';
    svelte.flushSync();
    await waitUntil(() => shadowText(element).includes('Bus waits under 10 minutes'), 'no re-render');
    await waitForState(element, 'ready');
    expect(element.status).to.equal('in_progress');
    expect(names(element)).to.have.members(['500 kWp of rooftop solar', 'Bus waits under 10 minutes']);
    await expect(element).to.be.accessible();
    expect(svelte.compileWarnings).to.deep.equal([]);
    expect(logged.messages).to.deep.equal([]);
  });

  it('the timeline, mounted before it is defined, takes data={…} and an attached groupBy, and reports onbekasi-load and onbekasi-programme-select', async () => {
    // Nothing in this file has defined the timeline yet: the app's script runs before its tag's.
    expect(customElements.get('bekasi-timeline')).to.equal(undefined);
    const loads: BekasiLoadDetail[] = [];
    const selections: BekasiProgrammeSelectDetail[] = [];
    mountSvelte(svelte.Timeline, {
      smartCity: fixture('bekasi'),
      grouping: 'agency',
      onload: (detail: BekasiLoadDetail) => loads.push(detail),
      onselect: (detail: BekasiProgrammeSelectDetail) => selections.push(detail),
    });
    const element = document.querySelector('bekasi-timeline') as BekasiTimeline;
    expect(element.hasAttribute('data')).to.equal(false);
    await import('../../src/bekasi-timeline.js');
    await waitForState(element, 'ready');

    expect(loads).to.have.length(1);
    expect(loads[0]!.document.programmes).to.have.length(24);
    expect(loads[0]!.issues).to.deep.equal([]);
    // Lanes by agency, as the attached property asked, in Indonesian, as the attribute did.
    expect(element.groupBy).to.equal('agency');
    const lanes = $$(element, '.lane').map((lane) => plain(lane.textContent?.replace(/\s+/g, ' ').trim()));
    expect(lanes[0]).to.match(/^Diskominfostandi\b/);
    expect(shadowText(element)).to.include('Patriot Operation Center (Command Center)');
    await expect(element).to.be.accessible();

    const row = $$<HTMLButtonElement>(element, '.list__button')[0]!;
    const name = row.querySelector('.list__name')?.textContent?.trim();
    row.click();
    await element.updateComplete;
    expect(selections).to.have.length(1);
    const programme = loads[0]!.document.programmes?.find(({ id }) => id === selections[0]!.programme);
    expect(programme?.name).to.deep.include({ id: name });
    expect($(element, 'dialog .details__title')?.textContent?.trim()).to.equal(name);
    await expect(element).to.be.accessible();
    expect(logged.messages).to.deep.equal([]);
  });
});
