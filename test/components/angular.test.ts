/**
 * The components inside an Angular 22 app, as docs/frameworks.mdx tells a team to use them:
 * standalone components with `schemas: [CUSTOM_ELEMENTS_SCHEMA]`, the document bound as a
 * property (`[data]="…"`), options as plain attributes, and events bound by their dashed names
 * (`(bekasi-programme-select)="open($event)"`). Angular 22 runs zoneless by default, and so does
 * this app: no zone.js is loaded. The templates compile in the browser (JIT), which needs
 * @angular/compiler loaded before the first component is bootstrapped; an app's build compiles
 * them ahead of time instead, with the same compiler's schema registry checking the tags (the
 * last test). The decorators are TypeScript's experimental ones, as in an Angular project
 * (tsconfig.json has them on); esbuild compiles them as tsc does.
 */
import '../setup.js';
import { DomElementSchemaRegistry } from '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-timeline.js';
import type { BekasiQuickWins, BekasiQuickWinSelectDetail } from '../../src/bekasi-quick-wins.js';
import type {
  BekasiLoadDetail,
  BekasiProgrammeSelectDetail,
  BekasiTimeline,
} from '../../src/bekasi-timeline.js';
import { fixture } from '../fixtures/index.js';
import { $, $$, consoleMessages, shadowText, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const beforeEach: (hook: () => void) => void;
declare const afterEach: (hook: () => void) => void;

const apps: ApplicationRef[] = [];
/** What Angular logged as a warning or error while a test ran (its dev-mode checks log there). */
const logged = consoleMessages();
beforeEach(() => {
  logged.start();
});
afterEach(() => {
  logged.stop();
  for (const app of apps.splice(0)) app.destroy();
  document.body.replaceChildren();
});

/** Bootstraps `root` on a new `<tag>`, as an app's main.ts does, and returns its instance. */
async function bootstrap<T>(root: new () => T, tag: string): Promise<T> {
  document.body.append(document.createElement(tag));
  // No provider: zoneless change detection is Angular 22's default.
  const app = await bootstrapApplication(root);
  apps.push(app);
  return app.components[0]!.instance as T;
}

/** What the app did with the events, as its handlers saw them. */
const programmesOpened: BekasiProgrammeSelectDetail[] = [];
const loads: BekasiLoadDetail[] = [];
const quickWinsSelected: BekasiQuickWinSelectDetail[] = [];

// The docs' example, with `bekasi-load` and the list layout (rows a test can click) added.
@Component({
  selector: 'app-programmes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bekasi-timeline
      [data]="smartCity"
      lang="id"
      layout="list"
      (bekasi-load)="loaded($event)"
      (bekasi-programme-select)="open($event)"
    >
    </bekasi-timeline>
  `,
})
class ProgrammesComponent {
  @Input({ required: true }) smartCity!: object;
  open(event: Event): void {
    programmesOpened.push((event as CustomEvent<BekasiProgrammeSelectDetail>).detail);
  }
  loaded(event: Event): void {
    loads.push((event as CustomEvent<BekasiLoadDetail>).detail);
  }
}

/** The app around it: its state, a signal, holds the document. */
@Component({
  selector: 'app-city',
  imports: [ProgrammesComponent],
  template: `<app-programmes [smartCity]="city()" />`,
})
class CityComponent {
  readonly city = signal<object>(fixture('bekasi'));
}

@Component({
  selector: 'app-quick-wins',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bekasi-quick-wins
      [data]="smartCity()"
      [lang]="lang()"
      status="completed"
      (bekasi-quickwin-select)="select($event)"
    ></bekasi-quick-wins>
  `,
})
class QuickWinsComponent {
  readonly smartCity = signal<object>(fixture('bekasi'));
  readonly lang = signal('en');
  select(event: Event): void {
    quickWinsSelected.push((event as CustomEvent<BekasiQuickWinSelectDetail>).detail);
  }
}

describe('In an Angular 22 app', () => {
  it('the timeline takes [data] from an input and its lang attribute, follows the app state to new data, and reports (bekasi-load) and (bekasi-programme-select)', async () => {
    programmesOpened.length = 0;
    loads.length = 0;
    const app = await bootstrap(CityComponent, 'app-city');
    expect('Zone' in globalThis).to.equal(false);
    const element = document.querySelector('bekasi-timeline') as BekasiTimeline;
    await waitForState(element, 'ready');
    // A property, not the attribute data="[object Object]".
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.data).to.deep.equal(fixture('bekasi'));
    expect(element.getAttribute('lang')).to.equal('id');
    expect(loads).to.have.length(1);
    expect(loads[0]!.document.programmes).to.have.length(24);
    expect(shadowText(element)).to.include('Patriot Operation Center (Command Center)');
    await expect(element).to.be.accessible();

    const row = $$<HTMLButtonElement>(element, '.list__button')[0]!;
    const name = row.querySelector('.list__name')?.textContent?.trim();
    row.click();
    await element.updateComplete;
    expect(programmesOpened).to.have.length(1);
    const opened = loads[0]!.document.programmes?.find(({ id }) => id === programmesOpened[0]!.programme);
    expect(opened?.name).to.deep.include({ id: name });
    expect($(element, 'dialog .details__title')?.textContent?.trim()).to.equal(name);
    await expect(element).to.be.accessible();
    $<HTMLButtonElement>(element, 'dialog .details__close')!.click();
    await element.updateComplete;

    // A state change, as the app makes when another city is chosen.
    app.city.set(fixture('cohen'));
    await waitUntil(() => shadowText(element).includes('Portal data terbuka'), 'no re-render');
    await waitForState(element, 'ready');
    expect(shadowText(element)).not.to.include('Patriot Operation Center');
    expect(loads).to.have.length(2);
    await expect(element).to.be.accessible();
    expect(logged.messages).to.deep.equal([]);
  });

  it('the tracker takes [data], [lang] and a filter attribute, follows a language change, and reports (bekasi-quickwin-select)', async () => {
    quickWinsSelected.length = 0;
    const app = await bootstrap(QuickWinsComponent, 'app-quick-wins');
    const element = document.querySelector('bekasi-quick-wins') as BekasiQuickWins;
    await waitForState(element, 'ready');
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.status).to.equal('completed');
    const names = (): string[] => $$(element, '.card .name').map((name) => name.textContent?.trim() ?? '');
    expect(names()).to.deep.equal([
      '1,000 free public Wi-Fi points',
      'Urban tourism event calendar',
      'Online health centre queue',
    ]);
    await expect(element).to.be.accessible();

    $$<HTMLButtonElement>(element, '.name')[0]!.click();
    await element.updateComplete;
    expect(quickWinsSelected.map((selection) => selection.id)).to.deep.equal(['wifi-publik']);

    app.lang.set('id');
    await waitUntil(() => names().includes('Kalender acara wisata perkotaan'), 'no re-render in Indonesian');
    expect(element.getAttribute('lang')).to.equal('id');
    await expect(element).to.be.accessible();
    expect(logged.messages).to.deep.equal([]);
  });

  it('a build needs schemas: [CUSTOM_ELEMENTS_SCHEMA]: without it, the template compiler knows neither the tags nor their data property', async () => {
    // The registry an app's ahead-of-time build checks templates with. (At run time, as above,
    // Angular accepts a tag that is already defined, and a property it has, even without it.)
    const registry = new DomElementSchemaRegistry();
    for (const tag of ['bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins', 'bekasi-banner']) {
      expect(registry.hasElement(tag, []), tag).to.equal(false);
      expect(registry.hasProperty(tag, 'data', []), tag).to.equal(false);
      expect(registry.hasElement(tag, [CUSTOM_ELEMENTS_SCHEMA]), tag).to.equal(true);
      expect(registry.hasProperty(tag, 'data', [CUSTOM_ELEMENTS_SCHEMA]), tag).to.equal(true);
    }
  });
});
