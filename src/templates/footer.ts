import { css, html, type TemplateResult } from 'lit';
import type { Content } from '../content/types.js';

/** The study's DOI as text, then a link named in words: the address itself is no link text. */
export function studyLink(c: Content): TemplateResult {
  return html`${c.doi} <a href=${c.doiUrl}>${c.readStudy}</a>.`;
}

/** The short citation: who, where, when, the DOI, and a link to the study. */
export function shortSource(c: Content): TemplateResult {
  return html`<p part="source" class="short-source">${c.shortSource} ${studyLink(c)}</p>`;
}

/** What every widget ends with, whatever else it shows: the disclaimer, and the study unless shown in full. */
export function footer(c: Content, withSource = true): TemplateResult {
  // A div, not <footer>: outside <main> or <article> a footer is a contentinfo landmark, and the
  // page has its own.
  return html`<div class="footer">
    <p part="disclaimer" class="disclaimer">${c.disclaimer}</p>
    ${withSource ? shortSource(c) : ''}
  </div>`;
}

export const footerStyles = css`
  .footer {
    margin-block-start: 1.5em;
  }
  .disclaimer {
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
    .disclaimer {
      border: 1px solid CanvasText;
      border-inline-start: 0.3rem solid CanvasText;
    }
  }
  @media print {
    .disclaimer {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }
  }
`;
