import { createContext } from '@lit/context';
import type { DataState } from './data-state.js';

/**
 * What `<bekasi-data>` provides to the components inside it: the loaded document and its
 * state. Keyed by a global symbol so two copies of the library on one page still connect.
 */
export const smartCityContext = createContext<DataState | undefined>(Symbol.for('bekasi-elements:data'));
