import { css } from 'lit';

export const summaryStyles = css`
  :host {
    /* Sizes follow the space the site gives the widget, not the window. */
    container-type: inline-size;
  }
  .base {
    max-width: var(--hip-trial-max-width, 44rem);
    padding: var(--hip-trial-padding, clamp(0.75rem, 4vw, 1.5rem));
    border: 1px solid var(--hip-trial-border-color, color-mix(in srgb, currentColor 22%, transparent));
    border-radius: var(--hip-trial-radius, 0.5rem);
    background: var(--hip-trial-surface, transparent);
  }
  .title,
  .heading,
  .subheading {
    line-height: 1.25;
    font-weight: 700;
    text-wrap: balance;
    margin: 0;
  }
  .title {
    font-size: clamp(1.25em, 0.75em + 3.5cqi, 1.6em);
    margin-block-end: 0.5em;
  }
  .lead {
    font-size: 1.1em;
    margin-block: 0 1em;
  }
  section {
    margin-block-start: 1.5em;
  }
  .heading {
    font-size: 1.2em;
    padding-inline-start: 0.6rem;
    border-inline-start: 0.3rem solid var(--_accent);
    margin-block-end: 0.4em;
  }
  .subheading {
    font-size: 1em;
    margin-block: 1em 0.3em;
  }
  p,
  ul {
    margin-block: 0 0.75em;
  }
  ul {
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-block-start: 0.4em;
  }
  .citation a,
  .short-source a {
    overflow-wrap: anywhere;
  }
  footer {
    margin-block-start: 1.5em;
  }
  .disclaimer {
    margin: 0 0 0.75em;
    padding: 0.75em 1em;
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--hip-trial-note-background, color-mix(in srgb, currentColor 7%, transparent));
    font-weight: 600;
  }
  .short-source {
    font-size: 0.9em;
    margin: 0;
  }
  @media (forced-colors: active) {
    .heading,
    .disclaimer {
      border-inline-start-color: CanvasText;
    }
    .disclaimer {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .base {
      max-width: none;
      border: 0;
      padding: 0;
    }
    section,
    .disclaimer,
    li {
      break-inside: avoid;
    }
    .heading,
    .subheading {
      break-after: avoid;
    }
    .disclaimer {
      border: 1px solid #000;
      background: none;
    }
  }
`;
