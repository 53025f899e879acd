import { css } from 'lit';

/**
 * What every element shares. Custom properties are read with fallbacks and never declared on
 * :host, so a site can set them once on :root. Font and text colour come from the page.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-size: var(--hip-trial-font-size, max(1em, 1.125rem));
    line-height: var(--hip-trial-line-height, 1.6);
    overflow-wrap: break-word;
    hyphens: auto;
    --_accent: var(--hip-trial-accent, #1f5fa3);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--hip-trial-accent, #8ec5ff);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration-line: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.12em;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 0.2em;
  }
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
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
    :host {
      --_accent: currentColor;
      color: #000;
    }
  }
`;
