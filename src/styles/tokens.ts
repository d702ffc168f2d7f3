import { css } from 'lit';

/**
 * The dark theme's values, for `theme="dark"` and for `theme="auto"` on a dark system. Written
 * without spaces: the build's CSS minifier cannot read declarations outside a rule and leaves
 * them as written (this saves 30 B in every file).
 */
// prettier-ignore
const dark = css`
--_surface:var(--bekasi-color-surface,#121715);
--_surface-alt:var(--bekasi-color-surface-alt,#1d2421);
--_text:var(--bekasi-color-text,#eef3f1);
--_text-muted:var(--bekasi-color-text-muted,#b4c0bb);
--_border:var(--bekasi-color-border,#44504b);
--_focus:var(--bekasi-color-focus,#8ab4f8);
--_danger:var(--bekasi-color-danger,#ffb4ab);
--_warning:var(--bekasi-color-warning,#f2c14e);
--_success:var(--bekasi-color-success,#8fd19e);
--_link:var(--bekasi-color-link,color-mix(in srgb,var(--_primary) 45%,white));
--_chart:var(--bekasi-color-chart,color-mix(in srgb,var(--_primary) 45%,white));
--_secondary:var(--bekasi-color-secondary,color-mix(in srgb,var(--_city-secondary,#0f3d5e) 45%,white));
--_dimension-mix:55%;
`;

/**
 * The design tokens every component reads. Public custom properties (`--bekasi-*`) set by the
 * page always win; the city's own colours (from its data) come next, set as private
 * `--_city-*` properties on `.root`; Bekasi's look is the last fallback.
 *
 * The private `--_*` names are computed on `.root`, never on `:host`, so a page that sets
 * `--bekasi-*` on `:root` or on any ancestor is inherited rather than overridden.
 */
export const tokens = css`
  :host {
    display: block;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Values written without spaces after commas, as the dark theme's: the build's CSS minifier
     leaves custom properties' values and var() fallbacks as written. */
  /* prettier-ignore */
  .root {
    --_primary: var(--bekasi-color-primary,var(--_city-primary,#0b6e4f));
    --_secondary: var(--bekasi-color-secondary,var(--_city-secondary,#0f3d5e));
    --_accent: var(--bekasi-color-accent,var(--_city-accent,#f2a900));
    --_surface: var(--bekasi-color-surface,#fff);
    --_surface-alt: var(--bekasi-color-surface-alt,#f3f6f5);
    --_text: var(--bekasi-color-text,#1b1f1d);
    --_text-muted: var(--bekasi-color-text-muted,#4a5550);
    --_border: var(--bekasi-color-border,#c5cfcb);
    --_focus: var(--bekasi-color-focus,#1a5fb4);
    --_danger: var(--bekasi-color-danger,#b3261e);
    --_warning: var(--bekasi-color-warning,#8a5a00);
    --_success: var(--bekasi-color-success,#1e6b34);
    --_on-primary: var(--bekasi-color-on-primary,#fff);
    --_link: var(--bekasi-color-link,var(--_primary));
    --_chart: var(--bekasi-color-chart,var(--_primary));
    --_radius: var(--bekasi-radius,8px);
    --_space: var(--bekasi-space,1em);
    color: var(--_text);
    background: var(--_surface);
    /* Reset what the host page's CSS could pass in by inheritance (page rules that match the
       host element itself beat :host rules, so the reset lives one level in): a clipped gradient
       heading's transparent fill would hide every word, and an old CMS's table layout would move
       the tables' captions below them. The font shorthand sets style, weight and the rest to
       normal. */
    font: var(--bekasi-font-size,medium)/1.5 var(--bekasi-font-family,system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    caption-side: top;
    list-style: disc;
    -webkit-text-fill-color: currentcolor;
    font-variant-numeric: tabular-nums;
    box-sizing: border-box;
  }

  /* A city's primary colour may be pale. Where the browser can derive colours, text on it is
     black or white, whichever contrasts more: CIELAB lightness follows luminance, and at 49.4 the
     two give the same ratio (the step is steep, so no colour gets a grey between them). Links and
     charts take a shade of it dark enough for 4.5:1 and 3:1 on the light surface: OKLCH lightness
     0.5 and 0.6 hold those ratios for any hue. Colours the page sets for these parts stay as they
     are. */
  /* prettier-ignore */
  @supports (color: oklch(from red l c h)) {
    .root {
      --_on-primary: var(--bekasi-color-on-primary,lab(from var(--_primary) clamp(0,(49.4 - l)*1e6,100) 0 0));
      --_link: var(--bekasi-color-link,oklch(from var(--_primary) min(l,.5) c h));
      --_chart: var(--bekasi-color-chart,oklch(from var(--_primary) min(l,.6) c h));
    }
  }

  :host([theme='dark']) .root {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .root {
      ${dark}
    }
  }

  @media (forced-colors: active) {
    .root {
      --_border: CanvasText;
      --_focus: Highlight;
      --_link: LinkText;
    }
  }
`;
