/**
 * The components inside an Angular 22 app built ahead of time, as an Angular CLI build makes one:
 * test/components/frameworks/angular-app.ts (the Angular example of docs/frameworks.mdx, and an
 * app around it) goes through the Angular compiler, ngtsc, with `strictTemplates`, then esbuild
 * bundles it with Angular's runtime through the Angular linker, on the test server
 * (test/server/angular-aot.mjs, served by test/server/vendor-plugin.mjs). The page gets the
 * components with their `ɵcmp` definitions written out, and Angular without its compiler.
 * angular.test.ts covers the same recipe compiled in the browser (JIT). Zoneless, as Angular 22
 * is by default.
 */
import '../setup.js';
import type { ApplicationRef, Provider } from '@angular/core';
import type { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import { BekasiBanner } from '../../src/bekasi-banner.js';
import { BekasiQuickWins } from '../../src/bekasi-quick-wins.js';
import { BekasiScorecard } from '../../src/bekasi-scorecard.js';
import { BekasiTimeline } from '../../src/bekasi-timeline.js';
import { fixture } from '../fixtures/index.js';
import type * as AngularApp from './frameworks/angular-app.js';
import { $, $$, consoleMessages, plain, shadowText, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const beforeEach: (hook: () => void) => void;
declare const afterEach: (hook: () => void) => void;

/** What test/server/vendor-plugin.mjs serves: the built app, Angular's bootstrap, and the build's report. */
type AngularVendor = typeof AngularApp & {
  bootstrapApplication: typeof bootstrapApplication;
  /** Every diagnostic of the compile, as `file: NG8001: message`. */
  compileDiagnostics: string[];
  /** The modules in the bundle, as paths from the project's root. */
  bundledModules: string[];
  /** The Angular modules the linker turned from partial declarations into definitions. */
  linkedModules: string[];
  /** How long the two steps took in the test server's child process. */
  buildMilliseconds: { compile: number; bundle: number };
};
// A path the test server answers, not a package: TypeScript cannot resolve it, hence the cast.
const angularPath = '/__vendor__/angular-aot.js';
const angular = (await import(angularPath)) as AngularVendor;
const { CityComponent, ProgrammesComponent, TrackerComponent, SMART_CITY, handled } = angular;

const APP_SOURCE = 'test/components/frameworks/angular-app.ts';
const NO_SCHEMA_SOURCE = 'test/components/frameworks/angular-no-schema.ts';

const apps: ApplicationRef[] = [];
/** What Angular logged as a warning or error while a test ran (its dev-mode checks log there). */
const logged = consoleMessages();
beforeEach(() => {
  logged.start();
  handled.programmes.length = 0;
  handled.dimensions.length = 0;
  handled.quickWins.length = 0;
});
afterEach(() => {
  logged.stop();
  for (const app of apps.splice(0)) app.destroy();
  document.body.replaceChildren();
});

/** Bootstraps `root` on a new `<tag>` with Bekasi's document, as an app's main.ts does. */
async function bootstrap<T>(root: new () => T, tag: string): Promise<{ app: T; host: HTMLElement }> {
  const host = document.createElement(tag);
  document.body.append(host);
  const providers: Provider[] = [{ provide: SMART_CITY, useValue: fixture('bekasi') }];
  // No change-detection provider: zoneless is Angular 22's default.
  const app = await angular.bootstrapApplication(root, { providers });
  apps.push(app);
  return { app: app.components[0]!.instance as T, host };
}

const axes = (element: Element) => $$<SVGGElement>(element, '.radar__axis');
const compareMarkers = (element: Element) => $$(element, '.radar__series--compare .radar__point').length;
const laneTitles = (element: Element) => $$(element, '.lane').map((lane) => plain(lane.textContent?.trim()));
const quickWinNames = (element: Element) =>
  $$(element, '.card .name').map((name) => name.textContent?.trim());

describe('In an Angular 22 app compiled ahead of time (ngtsc, strictTemplates)', () => {
  it('compiles without a diagnostic, and runs without the template compiler', async () => {
    // `strictTemplates` type-checks each binding and each `$event` against the package's types.
    expect(
      angular.compileDiagnostics.filter((line) => !line.startsWith(`${NO_SCHEMA_SOURCE}:`)),
    ).to.deep.equal([]);
    for (const component of [ProgrammesComponent, CityComponent, TrackerComponent]) {
      // Written out by the compiler as a static field. JIT defines a getter that compiles the
      // template on first use, and needs @angular/compiler for it.
      const definition = Object.getOwnPropertyDescriptor(component, 'ɵcmp');
      expect(definition?.get, component.name).to.equal(undefined);
      expect(definition?.value?.template, component.name).to.be.a('function');
    }
    // Angular's runtime is in the bundle, linked; its compiler is neither there nor loaded apart.
    const angularPackages = new Set(
      angular.bundledModules
        .map((path) => /node_modules\/(@angular\/[^/]+)\//.exec(path)?.[1])
        .filter(Boolean),
    );
    expect([...angularPackages].sort()).to.deep.equal([
      '@angular/common',
      '@angular/core',
      '@angular/platform-browser',
    ]);
    expect(angular.linkedModules).to.include('node_modules/@angular/core/fesm2022/core.mjs');
    expect(angular.linkedModules).to.include(
      'node_modules/@angular/platform-browser/fesm2022/platform-browser.mjs',
    );
    const loaded = performance.getEntriesByType('resource').map(({ name }) => new URL(name).pathname);
    expect(loaded).to.include('/__vendor__/angular-aot.js');
    expect(loaded.filter((path) => path.includes('/@angular/'))).to.deep.equal([]);
    expect((globalThis as { ng?: { ɵcompilerFacade?: unknown } }).ng?.ɵcompilerFacade).to.equal(undefined);
    // The package's imports in the compiled app lead to the modules the test defines them from.
    expect(customElements.get('bekasi-banner')).to.equal(BekasiBanner);
    expect(customElements.get('bekasi-scorecard')).to.equal(BekasiScorecard);
    expect(customElements.get('bekasi-timeline')).to.equal(BekasiTimeline);
    expect(customElements.get('bekasi-quick-wins')).to.equal(BekasiQuickWins);
  });

  it('the docs’ example inside an app: [data] and [lang] as properties, an [attr.compare] binding, the app’s state reaching every component, and (bekasi-dimension-select) and (bekasi-programme-select) handled', async () => {
    const { app, host } = await bootstrap(CityComponent, 'app-city');
    expect('Zone' in globalThis).to.equal(false);
    const banner = host.querySelector('bekasi-banner') as BekasiBanner;
    const scorecard = host.querySelector('bekasi-scorecard') as BekasiScorecard;
    const timeline = host.querySelector('app-programmes bekasi-timeline') as BekasiTimeline;
    await Promise.all([banner, scorecard, timeline].map((element) => waitForState(element, 'ready')));
    // Properties, not the attribute data="[object Object]".
    for (const element of [banner, scorecard, timeline]) {
      expect(element.hasAttribute('data'), element.localName).to.equal(false);
      expect(element.data, element.localName).to.deep.equal(fixture('bekasi'));
    }
    expect($(banner, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
    expect($(banner, '[part="score"]')?.textContent).to.include('3,60 dari 4,00');
    expect($(scorecard, '[part="overall"]')?.textContent).to.include('3,60');
    expect(timeline.getAttribute('lang')).to.equal('id');
    expect(shadowText(timeline)).to.include('Patriot Operation Center (Command Center)');
    expect(scorecard.hasAttribute('compare')).to.equal(false);
    expect(compareMarkers(scorecard)).to.equal(0);
    await expect(host).to.be.accessible();

    // The scorecard's handler, typed by the package's event map, gets the event's detail.
    axes(scorecard)[3]!
      .querySelector('.radar__hit-end')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await scorecard.updateComplete;
    expect(handled.dimensions).to.deep.equal([{ dimension: 'living', year: 2024 }]);
    // The docs' handler reads the programme's id from the detail.
    const row = $$<HTMLButtonElement>(timeline, 'button.programme, .list__button')[0]!;
    row.click();
    await timeline.updateComplete;
    const opened = fixture('bekasi').programmes as { id: string; name: { id: string } }[];
    expect(handled.programmes).to.have.length(1);
    expect(row.textContent).to.include(opened.find(({ id }) => id === handled.programmes[0])?.name.id);
    await expect(host).to.be.accessible();
    $<HTMLButtonElement>(timeline, 'dialog .details__close')!.click();
    await timeline.updateComplete;

    // An attribute binding: set, then removed by null.
    app.compare.set('previous');
    await waitUntil(() => compareMarkers(scorecard) > 0, 'no comparison drawn');
    expect(scorecard.getAttribute('compare')).to.equal('previous');
    await expect(host).to.be.accessible();
    app.compare.set(null);
    await waitUntil(() => compareMarkers(scorecard) === 0, 'the comparison stays');
    expect(scorecard.hasAttribute('compare')).to.equal(false);

    // The app's state changes, as when another city and English are chosen.
    app.city.set(fixture('cohen'));
    app.lang.set('en');
    await waitUntil(
      () => $(banner, '[role="heading"]')?.textContent === 'Sample City',
      'the banner kept Bekasi',
    );
    await Promise.all([banner, scorecard, timeline].map((element) => waitForState(element, 'ready')));
    expect(banner.getAttribute('lang')).to.equal('en');
    expect($(banner, '[part="score"]')?.textContent).to.include('63.7 of 100');
    expect($(scorecard, '[part="overall"]')?.textContent).to.include('63.7');
    await waitUntil(() => shadowText(timeline).includes('Portal data terbuka'), 'the timeline kept Bekasi');
    expect(shadowText(timeline)).not.to.include('Patriot Operation Center');
    await expect(host).to.be.accessible();
    expect(logged.messages).to.deep.equal([]);
  });

  it('the tracker and a list: an [attr.status] filter, a camelCase [groupBy] property, both following the app’s state, and (bekasi-quickwin-select) and (bekasi-programme-select) handled by typed handlers', async () => {
    const { app, host } = await bootstrap(TrackerComponent, 'app-tracker');
    const quickWins = host.querySelector('bekasi-quick-wins') as BekasiQuickWins;
    const timeline = host.querySelector('bekasi-timeline') as BekasiTimeline;
    await Promise.all([quickWins, timeline].map((element) => waitForState(element, 'ready')));
    expect(quickWins.hasAttribute('data')).to.equal(false);
    expect(quickWins.getAttribute('status')).to.equal('completed');
    expect(quickWins.status).to.equal('completed');
    expect(quickWinNames(quickWins)).to.deep.equal([
      '1,000 free public Wi-Fi points',
      'Urban tourism event calendar',
      'Online health centre queue',
    ]);
    expect(timeline.groupBy).to.equal('dimension');
    expect(laneTitles(timeline)[0]).to.equal('Smart Governance (4)');
    await expect(host).to.be.accessible();

    $$<HTMLButtonElement>(quickWins, '.name')[0]!.click();
    await quickWins.updateComplete;
    expect(handled.quickWins.map(({ id, quickWin }) => [id, quickWin.id])).to.deep.equal([
      ['wifi-publik', 'wifi-publik'],
    ]);
    await expect(host).to.be.accessible();

    const row = $$<HTMLButtonElement>(timeline, '.list__button')[0]!;
    row.click();
    await timeline.updateComplete;
    expect(handled.programmes).to.have.length(1);
    expect($(timeline, 'dialog .details__title')?.textContent?.trim()).to.equal(
      row.querySelector('.list__name')?.textContent?.trim(),
    );
    $<HTMLButtonElement>(timeline, 'dialog .details__close')!.click();
    await timeline.updateComplete;

    app.status.set(null);
    await waitUntil(() => quickWinNames(quickWins).length > 3, 'the filter stays');
    expect(quickWins.hasAttribute('status')).to.equal(false);
    app.grouping.set('agency');
    await waitUntil(() => timeline.getAttribute('group-by') === 'agency', 'group-by not reflected');
    expect(timeline.groupBy).to.equal('agency');
    await timeline.updateComplete;
    expect(laneTitles(timeline).some((title) => title?.startsWith('Smart '))).to.equal(false);
    await expect(host).to.be.accessible();
    expect(logged.messages).to.deep.equal([]);
  });

  it('without schemas: [CUSTOM_ELEMENTS_SCHEMA], the build fails on the tag and its data property, as the docs say', async () => {
    const errors = angular.compileDiagnostics.filter((line) => line.startsWith(`${NO_SCHEMA_SOURCE}:`));
    expect(errors.map((line) => line.split(':')[1]!.trim())).to.deep.equal(['NG8001', 'NG8002']);
    expect(errors[0]).to.include("'bekasi-timeline' is not a known element");
    expect(errors[1]).to.include("Can't bind to 'data' since it isn't a known property of 'bekasi-timeline'");
    // The app itself compiled with the schema: nothing reported for it.
    expect(angular.compileDiagnostics.filter((line) => line.startsWith(`${APP_SOURCE}:`))).to.deep.equal([]);
  });
});
