/** Tabulator 6.5.3 with every module (`TabulatorFull`): the size most pages pay, for reference. */
export { TabulatorFull } from 'tabulator-tables';
