import { css } from 'lit';

/**
 * Before the first render, the host lays out as it did before the module ran: the page's own
 * reservation (matching [pending]) and the fallback inside, with no font size or container of ours
 * yet, which would move the fallback's margins and so the text below.
 */
export const pendingStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * What every element shares. Custom properties are read with fallbacks and never declared on
 * :host, so a site can set them once on :root. Font and text colour come from the page.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Sizes and layouts follow the space the site gives the widget, not the window. */
    container-type: inline-size;
    font-size: var(--hip-trial-font-size, max(1em, 1.125rem));
    /* Inherited by everything inside, so a reader's own line height, letter and word spacing
       (set on the page, which reaches this host) apply to all the text. */
    line-height: var(--hip-trial-line-height, 1.6);
    /* A word longer than a narrow line breaks (hyphenated where the language and browser allow)
       instead of pushing the page sideways, in flex items too. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* While a summary renders in steps: the room the README has a page reserve, so the text below stays. */
  .pending {
    min-height: 100vh;
  }
  /* The palette. With theme auto the page behind is unknown (a light site read in dark mode, a dark
     site read in light mode), so the colours sit at mid luminance: 4:1 or more on white and on #15171a
     alike, and 3:1 against the bars' track. A set theme knows its surface and uses stronger colours. */
  .base {
    --_accent: var(--hip-trial-accent, #3a7bd5);
    --_exercise: var(--hip-trial-exercise-color, #3a7bd5);
    --_education: var(--hip-trial-education-color, #c45f00);
  }
  .base[data-theme='dark'] {
    --_accent: var(--hip-trial-accent, #8ec5ff);
    --_exercise: var(--hip-trial-exercise-color, #8ec5ff);
    --_education: var(--hip-trial-education-color, #f2a766);
    color-scheme: dark;
    color: var(--hip-trial-text, #ecebe8);
    background: var(--hip-trial-surface, #15171a);
  }
  /* A set theme paints its own surface, so it reads right whatever the page around it does. */
  .base[data-theme='light'] {
    --_accent: var(--hip-trial-accent, #1f5fa3);
    --_exercise: var(--hip-trial-exercise-color, #1f5fa3);
    --_education: var(--hip-trial-education-color, #a64b00);
    color-scheme: light;
    color: var(--hip-trial-text, #1d1f21);
    background: var(--hip-trial-surface, #fff);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    max-width: var(--hip-trial-max-width, 44rem);
    padding: var(--hip-trial-padding, clamp(0.75rem, 4vw, 1.5rem));
    border: 1px solid var(--hip-trial-border-color, color-mix(in srgb, currentColor 22%, transparent));
    border-radius: var(--hip-trial-radius, 0.5rem);
    background: var(--hip-trial-surface, transparent);
  }
  p,
  ul {
    margin-block: 0 var(--hip-trial-paragraph-spacing, 0.75em);
  }
  /* Links (all have an href) are underlined by the browser; these set its colour and weight. */
  a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.12em;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 0.2em;
  }
  /* Two tones: the accent ring, and inside it a ring of the canvas colour, so one of them always
     stands out, whatever the page and a site's own accent. */
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px Canvas;
    border-radius: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    /* Paper is white: black text, the light palette, no boxes, whatever the theme. */
    .base[data-theme] {
      --_accent: currentColor;
      --_exercise: var(--hip-trial-exercise-color, #1f5fa3);
      --_education: var(--hip-trial-education-color, #a64b00);
      color: #000;
      background: none;
      max-width: none;
      border: 0;
      padding: 0;
    }
  }
`;
