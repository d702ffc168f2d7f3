import { css } from 'lit';

/** Styles of `core/controls.ts`: labelled fields, and pressed buttons in a segmented group. */
export const controls = css`
  .field {
    display: grid;
    gap: 0.125em;
  }
  /* Only the label is smaller: text under 16 px in a field makes phones zoom in on focus. */
  .field > span {
    font-size: 0.875em;
  }
  input,
  select {
    min-width: 0;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_text-muted);
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Forced colours drop the fill above, which alone tells the pressed button; the system's
     selection colours take its place. */
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
