/** Registers `<bekasi-timeline>`. Import `@bekasi/elements/timeline/class` for the class alone. */
import { BekasiTimeline } from './components/timeline/timeline.js';
import { defineElement } from './core/define.js';

export { BekasiTimeline };
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export type { BekasiProgrammeSelectDetail, GroupBy, TimelineLayout } from './components/timeline/timeline.js';

defineElement('bekasi-timeline', BekasiTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-timeline': BekasiTimeline;
  }
}
