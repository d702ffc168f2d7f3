/**
 * The docs' Angular example without `schemas: [CUSTOM_ELEMENTS_SCHEMA]`. docs/frameworks.mdx says
 * an app's build fails on it: test/components/angular-aot.test.ts checks that the Angular compiler
 * reports the tag and its `data` property (test/server/angular-aot.mjs compiles this file beside
 * angular-app.ts; the page never loads it).
 */
import { Component, Input } from '@angular/core';
import '@bekasi/elements/timeline';

@Component({
  selector: 'app-programmes-without-schema',
  template: `
    <bekasi-timeline [data]="smartCity" lang="id" (bekasi-programme-select)="open($event)"> </bekasi-timeline>
  `,
})
export class ProgrammesWithoutSchemaComponent {
  @Input({ required: true }) smartCity!: object;
  open(event: Event) {
    return (event as CustomEvent<{ programme: string }>).detail.programme;
  }
}
