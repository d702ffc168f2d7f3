/** Registers `<bekasi-data>`. Import `@bekasi/elements/data/class` for the class alone. */
import { BekasiData } from './components/data/data.js';
import { defineElement } from './core/define.js';

export { BekasiData };

defineElement('bekasi-data', BekasiData);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-data': BekasiData;
  }
}
