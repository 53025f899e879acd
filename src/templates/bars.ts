import { html, svg, type TemplateResult } from 'lit';
import type { Content, Outcome } from '../content/types.js';

export { OUTCOMES, type Outcome } from '../content/types.js';

/**
 * A bar chart of the two groups: the share who had a hip replacement during follow-up (scale 0 to
 * 100 %), or the median years to it (scale 0 to the longest follow-up). Bars are SVG rectangles, so
 * their length needs no inline style and a strict CSP holds; the plot itself is the table screen readers read.
 */
export function barsTemplate(content: Content, outcome: Outcome): TemplateResult {
  const m = content.bars[outcome];
  // The visible plot is the table screen readers read, named by its question: touch exploration finds
  // each group's name and value where they are drawn, and nothing is said twice.
  return html`<figure class="bars" part="figure" data-outcome=${outcome}>
    <figcaption part="caption"><span class="question" id="question">${m.question}</span> <span class="note">${m.note}</span></figcaption>
    <div class="plot" role="table" aria-labelledby="question">
      <div class="sr-only" role="row">
        <span role="columnheader">${m.header[0]}</span><span role="columnheader">${m.header[1]}</span>
      </div>
      ${m.rows.map(
        (r) => html`<div class="bar-group ${r.key}" role="row">
          <span class="name" role="rowheader">${r.name}</span> <span class="value" part="value" role="cell">${r.value}</span>
          <svg class="track" part="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            ${svg`<rect class="bg" width="100" height="10"></rect>
              <rect class="bar" part=${`bar bar-${r.key}`} width=${(r.fraction * 100).toFixed(2)} height="10"></rect>`}
          </svg>
        </div>`,
      )}
      <div class="scale" aria-hidden="true"><span>${m.scale[0]}</span><span>${m.scale[1]}</span></div>
    </div>
  </figure>`;
}
