import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Content } from '../content/types.js';
const COLUMNS = 10;

/** A person, 10 × 10 units, with its top-left corner at (x, y). */
const person = (x: number, y: number) =>
  `M${x + 3.2} ${y + 2.6}a1.8 1.8 0 1 0 3.6 0a1.8 1.8 0 1 0-3.6 0ZM${x + 1.8} ${y + 9.6}v-2.4a2.6 2.6 0 0 1 2.6-2.6h1.2a2.6 2.6 0 0 1 2.6 2.6v2.4Z`;

/** Icon i (0-based) in fill order: row by row from the bottom, left to right, so the affected are grouped. */
function icons(affected: number, per: number): SVGTemplateResult[] {
  return Array.from({ length: per }, (_, i) => {
    const row = COLUMNS - 1 - Math.floor(i / COLUMNS);
    return svg`<path class=${i < affected ? 'hit' : 'miss'} d=${person((i % COLUMNS) * 10, row * 10)}></path>`;
  });
}

/** Two 10 × 10 icon arrays, side by side where there is room: how many of every 100 had a new hip. */
export function iconsTemplate(content: Content): TemplateResult {
  const m = content.icons;
  return html`<figure class="icons" part="figure">
    <figcaption part="caption"><span class="question">${m.question}</span> <span class="note">${m.note}</span></figcaption>
    <div class="arrays">
      ${m.arrays.map(
        // One image, one name with the time frame; what it is drawn from is hidden, so it is said once.
        (a) => html`<div class="array ${a.key}" part="icon-array" role="img" aria-label=${a.label}>
          <div aria-hidden="true">
            <span class="name">${a.name}</span>
            <span class="value">${a.outOf}</span>
            <svg viewBox="0 0 100 100">${icons(a.affected, m.per)}</svg>
          </div>
        </div>`,
      )}
    </div>
    <ul class="legend" part="legend">
      ${m.legend.map(
        (l) => html`<li><svg viewBox="0 0 10 10" aria-hidden="true">${svg`<path class=${l.filled ? 'hit' : 'miss'} d=${person(0, 0)}></path>`}</svg><span class="sr-only">${l.symbol} </span>${l.text}</li>`,
      )}
    </ul>
  </figure>`;
}
