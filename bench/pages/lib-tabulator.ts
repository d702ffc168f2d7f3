/**
 * Tabulator 6.5.3 as the quick-win table needs it, tree-shaken: the core (with its virtual DOM
 * renderer) and only the modules for what our tracker also does: filter, sort, cell formatting
 * (the progress bar) and CSV download. What the Tabulator bundle size measures; the scenario also
 * reports `TabulatorFull` (every module) for reference. Its stylesheet (tabulator.min.css) is
 * extra and not counted.
 */
import { DownloadModule, FilterModule, FormatModule, SortModule, Tabulator } from 'tabulator-tables';

Tabulator.registerModule([FilterModule, SortModule, FormatModule, DownloadModule]);

export { Tabulator };
