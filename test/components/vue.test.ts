/**
 * The components inside a Vue 3 app, as docs/frameworks.mdx tells a team to use them: `bekasi-`
 * tags declared custom elements, the document bound as a property (`:data.prop`, or `:data` once
 * the components are defined), and events listened to by their dashed names.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import type { BekasiQuickWins } from '../../src/bekasi-quick-wins.js';
import type { BekasiScorecard } from '../../src/bekasi-scorecard.js';
import { fixture } from '../fixtures/index.js';
import { $$, shadowText, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const afterEach: (hook: () => void) => void;

/** What the tests use of Vue's browser build (with the template compiler). */
interface VueApp {
  config: {
    compilerOptions: { isCustomElement?: (tag: string) => boolean };
    warnHandler?: (message: string) => void;
  };
  mount(container: Element): unknown;
  unmount(): void;
}
interface VueVendor {
  createApp(options: Record<string, unknown>): VueApp;
  nextTick(): Promise<void>;
}
// Served by test/server/vendor-plugin.mjs, not a package import: hence the cast.
const vuePath = '/__vendor__/vue.js';
const { createApp, nextTick } = (await import(vuePath)) as VueVendor;

const apps: VueApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  document.body.replaceChildren();
});

/** Mounts a Vue app with `template` and `state`, configured as docs/frameworks.mdx says. */
function mountVue(
  template: string,
  state: Record<string, unknown>,
  methods = {},
): { warnings: string[]; instance: Record<string, unknown> } {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp({ template, data: () => state, methods });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('bekasi-');
  const warnings: string[] = [];
  app.config.warnHandler = (message) => warnings.push(message);
  // The root component's public instance: setting its data re-renders, as app code does.
  const instance = app.mount(container) as Record<string, unknown>;
  apps.push(app);
  return { warnings, instance };
}

describe('In a Vue 3 app', () => {
  it('the tracker takes :data.prop and its filter attribute, and reports a selection to @bekasi-quickwin-select', async () => {
    const smartCity = fixture('bekasi');
    const selected: string[] = [];
    const { warnings } = mountVue(
      `<bekasi-quick-wins :data.prop="smartCity" lang="en" status="completed"
        @bekasi-quickwin-select="select"></bekasi-quick-wins>`,
      { smartCity },
      { select: (event: CustomEvent<{ id: string }>) => selected.push(event.detail.id) },
    );
    const element = document.querySelector('bekasi-quick-wins') as BekasiQuickWins;
    await waitForState(element, 'ready');
    expect(element.data).to.deep.equal(smartCity);
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.status).to.equal('completed');
    const statuses = $$(element, '.card').map((card) => card.querySelector('.badge')?.textContent?.trim());
    expect(statuses.length).to.be.greaterThan(0);
    expect(statuses.every((status) => status?.endsWith('Completed'))).to.equal(true, String(statuses));
    await expect(element).to.be.accessible();

    $$<HTMLButtonElement>(element, '.name')[0]!.click();
    await element.updateComplete;
    expect(selected).to.have.length(1);
    // isCustomElement: Vue did not look for a Vue component of that name.
    expect(warnings).to.deep.equal([]);
  });

  it('the scorecard takes :data once defined, and follows the app state to new data', async () => {
    const state = { smartCity: fixture('bekasi') as object, lang: 'en' };
    const { instance } = mountVue(
      `<bekasi-scorecard :data="smartCity" :lang="lang" variant="bars"></bekasi-scorecard>`,
      state,
    );
    const element = document.querySelector('bekasi-scorecard') as BekasiScorecard;
    await waitForState(element, 'ready');
    expect(element.hasAttribute('data')).to.equal(false);
    expect(shadowText(element)).to.include('Overall score');
    await expect(element).to.be.accessible();

    instance['smartCity'] = fixture('cohen');
    instance['lang'] = 'id';
    await nextTick();
    await waitForState(element, 'ready');
    expect(shadowText(element)).to.include('Skor keseluruhan');
  });
});
