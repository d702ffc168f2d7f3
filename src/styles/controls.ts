import { css } from 'lit';

/** Styles of `core/controls.ts`: labelled fields, and pressed buttons in a segmented group. */
export const controls = css`
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: 0.875rem;
  }
  input,
  select {
    min-width: 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_text-muted);
    /* 1rem: smaller text in a field makes phones zoom in when it takes focus. */
    font-size: 1rem;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
