import { css } from 'lit';

export const bannerStyles = css`
  :host {
    --_reserved: 36em;
  }
  :host([show-score]) {
    --_reserved: 43em;
  }
  :host([variant='strip']) {
    --_reserved: 12em;
  }
  :host([variant='strip'][show-score]) {
    --_reserved: 17.5em;
  }
  :host([variant='compact']) {
    --_reserved: 4.5em;
  }
  :host([variant='compact'][show-score]) {
    --_reserved: 11em;
  }

  .banner {
    container-type: inline-size;
    position: relative;
    overflow: hidden;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    border-block-start: 0.375em solid var(--_primary);
    background: var(--_surface);
  }
  .layout {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  .identity {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    min-width: 0;
  }
  .logo {
    flex: none;
    width: 4em;
    height: 4em;
    object-fit: contain;
  }
  .names {
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: clamp(1.375em, 4cqi, 2.25em);
    line-height: 1.2;
    font-weight: 800;
    color: var(--_text);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .region {
    margin: 0.125em 0 0;
    color: var(--_text-muted);
    font-weight: 600;
  }
  .tagline {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .statement {
    margin: 0;
    padding-inline-start: 0.875em;
    border-inline-start: 0.25em solid var(--_accent);
    overflow-wrap: anywhere;
  }
  .statement__label {
    display: block;
    /* Small capitals stand as tall as the capitals of 0.8125em did, on a line as high. */
    font-size: 1.0625em;
    line-height: 1.15;
    font-weight: 700;
    letter-spacing: 0.04em;
    /* Capitals drawn, not written: text-transform hands a screen reader "VISI", which some spell
       out letter by letter; small capitals leave the label as the data wrote it. */
    font-variant-caps: all-small-caps;
    color: var(--_text-muted);
  }
  .statement__text {
    margin: 0.125em 0 0;
    font-style: italic;
  }
  .hero-image {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16em;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    color: var(--_link);
    font-weight: 700;
    text-decoration: none;
  }
  .action:hover {
    text-decoration: underline;
  }
  .actions li:first-child .action {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .dimensions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .dimension {
    display: inline-flex;
    align-items: center;
    gap: 0.43em;
    min-height: 2em;
    padding: 0.14em 0.71em 0.14em 0.43em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    background: var(--_surface);
  }
  .dimension__swatch {
    flex: none;
    width: 0.86em;
    height: 0.86em;
    border-radius: 50%;
    background: var(--_dimension);
    forced-color-adjust: none;
  }
  .score {
    display: grid;
    gap: 0.125em;
    justify-items: start;
    align-content: start;
    margin: 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_secondary);
  }
  .score__label {
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_text-muted);
  }
  .score__value {
    font-size: 2em;
    font-weight: 800;
    line-height: 1.1;
    color: var(--_text);
  }
  /* Inside the value: the component's text size, whatever the value's. */
  .score__max {
    font-size: 0.5em;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .score__meta {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .as-of {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* Hero: text beside the image when there is room, stacked below 40em. */
  .banner--hero .layout {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 40em) {
    .banner--hero .layout--with-image {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .banner--hero .layout--with-image .media {
      grid-column: 2;
      grid-row: 1;
    }
  }
  .content {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }

  /* Strip: one band, wrapping on narrow screens. */
  .banner--strip .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em var(--_space);
    padding-block: 0.75em;
  }
  .banner--strip .name {
    font-size: 1.25em;
  }
  .banner--strip .logo {
    width: 2.75em;
    height: 2.75em;
  }
  .banner--strip .tagline {
    font-size: 1em;
    flex: 1 1 16em;
  }
  .banner--strip .score {
    padding: 0.25em 0.75em;
  }
  .banner--strip .score__value {
    font-size: 1.25em;
  }
  .banner--strip .score__max,
  .banner--compact .score__max {
    font-size: 0.8em;
  }

  /* Compact: identity (and score) only, for a sidebar. */
  .banner--compact .layout {
    gap: 0.5em;
    padding: 0.75em;
  }
  .banner--compact .name {
    font-size: 1.125em;
  }
  .banner--compact .logo {
    width: 2.5em;
    height: 2.5em;
  }
  .banner--compact .score__value {
    font-size: 1.25em;
  }

  @media (forced-colors: active) {
    .banner {
      border-block-start-color: CanvasText;
    }
    .actions li:first-child .action {
      background: ButtonFace;
      color: LinkText;
    }
  }

  @media print {
    .banner {
      border: 1px solid #000;
      break-inside: avoid;
      color: #000;
      background: #fff;
    }
    .hero-image {
      max-height: 8em;
    }
    .action {
      border: 0;
      padding: 0;
      min-height: 0;
      color: #000 !important;
      background: none !important;
    }
    .action::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
