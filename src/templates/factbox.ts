import { html, type TemplateResult } from 'lit';
import type { Content } from '../content/types.js';

/** The two-column fact box (Harding Center format): a real table, a row per outcome, time frame and who under it. */
export function factBoxTemplate(content: Content): TemplateResult {
  const m = content.factbox;
  // In a narrow box the table stacks; each cell then shows its column's name, which screen readers
  // already get from the header cells (hence aria-hidden). Explicit roles keep the table a table
  // for assistive technology when its display changes.
  return html`<div class="factbox" part="factbox">
    <table part="table" role="table">
      <caption part="caption">${m.title}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col"><span class="sr-only">${m.corner}</span></th>
          ${m.columns.map(({ key, name }) => html`<th role="columnheader" scope="col" class=${key}>${name}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${m.rows.map(
          ({ header, cells }) => html`<tr role="row">
            <th role="rowheader" scope="row">${header}</th>
            ${typeof cells === 'string'
              ? html`<td role="cell" colspan="2">${cells}</td>`
              : cells.map(
                  ({ key, main, count }, i) => html`<td role="cell" class=${key}>
                    <span class="label" aria-hidden="true">${m.columns[i].name}</span>${count
                      ? html`<strong>${main}</strong> <span class="count">(${count})</span>`
                      : main}
                  </td>`,
                )}
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="note">${m.note}</p>
  </div>`;
}
