/** Registers `<bekasi-quick-wins>`. Import `@bekasi/elements/quick-wins/class` for the class alone. */
import { BekasiQuickWins } from './components/quick-wins/quick-wins.js';
import { defineElement } from './core/define.js';

export { BekasiQuickWins };
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export type {
  BekasiQuickWinSelectDetail,
  QuickWinSort,
  QuickWinsLayout,
} from './components/quick-wins/quick-wins.js';

defineElement('bekasi-quick-wins', BekasiQuickWins);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-quick-wins': BekasiQuickWins;
  }
}
