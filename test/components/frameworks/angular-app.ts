/**
 * An Angular 22 app that uses the components as docs/frameworks.mdx tells a team to, built ahead
 * of time on the test server (test/server/angular-aot.mjs: the Angular compiler, ngtsc, with
 * `strictTemplates`, then the linker and esbuild) for test/components/angular-aot.test.ts. The
 * package's imports are the docs' own: the compiler type-checks the templates against the
 * package's types (from src/, through the paths in tsconfig.angular.json), and the bundle imports
 * the same modules the test file defines the components from.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, inject, InjectionToken, Input, signal } from '@angular/core';
import '@bekasi/elements/banner';
import '@bekasi/elements/scorecard';
import '@bekasi/elements/timeline';
import '@bekasi/elements/quick-wins';
// The types from src/, as the test files take them (an app takes them from the package's entries):
// with a path to dist/, `npm run typecheck` would need a build first.
import type { BekasiQuickWinSelectDetail } from '../../../src/bekasi-quick-wins.js';
import type { BekasiDimensionSelectDetail } from '../../../src/bekasi-scorecard.js';
import type { BekasiProgrammeSelectDetail, GroupBy } from '../../../src/bekasi-timeline.js';

/** What the app's handlers were given, for the test to read. */
export const handled = {
  programmes: [] as string[],
  dimensions: [] as BekasiDimensionSelectDetail[],
  quickWins: [] as BekasiQuickWinSelectDetail[],
};

/** The document the app starts with: the test provides it, as an app would from its own service. */
export const SMART_CITY = new InjectionToken<object>('smart-city document');

// The docs' example, word for word but for the line that uses the programme's id.
@Component({
  selector: 'app-programmes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bekasi-timeline [data]="smartCity" lang="id" (bekasi-programme-select)="open($event)"> </bekasi-timeline>
  `,
})
export class ProgrammesComponent {
  @Input({ required: true }) smartCity!: object;
  open(event: Event) {
    const { programme } = (event as CustomEvent<{ programme: string }>).detail;
    handled.programmes.push(programme);
  }
}

/**
 * The app around it: its state, signals, holds the document and the language. The banner and the
 * scorecard take them as properties (`[data]`, `[lang]`), the scorecard a comparison as an
 * attribute binding, and its handler takes `$event` as the event the package declares.
 */
@Component({
  selector: 'app-city',
  imports: [ProgrammesComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bekasi-banner [data]="city()" [lang]="lang()" variant="strip" show-score></bekasi-banner>
    <bekasi-scorecard
      [data]="city()"
      [lang]="lang()"
      [attr.compare]="compare()"
      (bekasi-dimension-select)="selectDimension($event)"
    ></bekasi-scorecard>
    <app-programmes [smartCity]="city()" />
  `,
})
export class CityComponent {
  readonly city = signal(inject(SMART_CITY));
  readonly lang = signal('id');
  readonly compare = signal<string | null>(null);
  selectDimension(event: CustomEvent<BekasiDimensionSelectDetail>) {
    handled.dimensions.push(event.detail);
  }
}

/**
 * The quick-wins tracker and a list of programmes: a camelCase option bound as a property
 * (`[groupBy]`), a filter as an attribute binding (`[attr.status]`), and the selections handled.
 */
@Component({
  selector: 'app-tracker',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <bekasi-quick-wins
      [data]="city()"
      lang="en"
      [attr.status]="status()"
      (bekasi-quickwin-select)="select($event)"
    ></bekasi-quick-wins>
    <bekasi-timeline
      [data]="city()"
      lang="en"
      layout="list"
      [groupBy]="grouping()"
      (bekasi-programme-select)="open($event)"
    ></bekasi-timeline>
  `,
})
export class TrackerComponent {
  readonly city = signal(inject(SMART_CITY));
  readonly status = signal<string | null>('completed');
  readonly grouping = signal<GroupBy>('dimension');
  select(event: CustomEvent<BekasiQuickWinSelectDetail>) {
    handled.quickWins.push(event.detail);
  }
  // Typed as the docs say a handler may be, with no cast.
  open(event: CustomEvent<BekasiProgrammeSelectDetail>) {
    handled.programmes.push(event.detail.programme);
  }
}
