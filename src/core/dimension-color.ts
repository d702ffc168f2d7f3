import type { Dimension } from '../data/schema.js';

/** Used for dimensions that bring no colour of their own; all ≥ 4.5:1 on white. */
const PALETTE = [
  '#1f5f99',
  '#a4346b',
  '#9a5b00',
  '#b3261e',
  '#5b3fa0',
  '#2e7d32',
  '#00677f',
  '#7a4f01',
  '#8e24aa',
  '#37474f',
  '#c2185b',
  '#33691e',
];

/**
 * A dimension's colour as a CSS value: the page's `--bekasi-dimension-<id>` if set, else the
 * colour in the data, else one from a palette by position. Ids that are not safe CSS names get
 * no custom property. The data's and the palette's colours are made for a light surface (2.3–3.5:1
 * on the dark one): the dark theme sets `--_dimension-mix`, which lightens them to 3:1 at least
 * (black) and 6:1 or more for the built-in ones, as it lightens links. A colour the page sets is used as it is.
 */
export function dimensionColor(dimension: Pick<Dimension, 'id' | 'color'>, index: number): string {
  // `index` is a position in the framework's dimensions, never negative: the palette has it.
  const fallback = `color-mix(in srgb, ${dimension.color ?? (PALETTE[index % PALETTE.length] as string)} var(--_dimension-mix, 100%), #fff)`;
  return /^[a-zA-Z0-9_-]{1,60}$/.test(dimension.id)
    ? `var(--bekasi-dimension-${dimension.id}, ${fallback})`
    : fallback;
}
