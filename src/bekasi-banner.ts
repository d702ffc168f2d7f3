/** Registers `<bekasi-banner>`. Import `@bekasi/elements/banner/class` for the class alone. */
import { BekasiBanner } from './components/banner/banner.js';
import { defineElement } from './core/define.js';

export { BekasiBanner };
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export type { BannerVariant } from './components/banner/banner.js';

defineElement('bekasi-banner', BekasiBanner);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-banner': BekasiBanner;
  }
}
