/** Registers `<bekasi-timeline>`. Import `@bekasi/elements/timeline/class` for the class alone. */
// First: the CDN file holds the modules in import order, and compresses better so (7 B).
import { defineElement } from './core/define.js';
import { BekasiTimeline } from './components/timeline/timeline.js';

export { BekasiTimeline };
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export type { BekasiProgrammeSelectDetail, GroupBy, TimelineLayout } from './components/timeline/timeline.js';

defineElement('bekasi-timeline', BekasiTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-timeline': BekasiTimeline;
  }
}
