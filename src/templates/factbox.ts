import { html, type TemplateResult } from 'lit';
import type { ResolvedLocale } from '../i18n/locale.js';
import { per100WithHipReplacement } from '../trial/facts.js';
import { GROUPS, PER } from './groups.js';

/** The two-column fact box (Harding Center format): a real table, a row per outcome, time frame and who under it. */
export function factBoxTemplate({ texts, f }: ResolvedLocale): TemplateResult {
  const c = texts.charts;
  return html`<div class="factbox" part="factbox">
    <table part="table">
      <caption part="caption">${c.factBoxTitle}</caption>
      <thead>
        <tr>
          <th scope="col"><span class="sr-only">${c.outcome}</span></th>
          <th scope="col" class="exercise">${c.exerciseColumn}</th>
          <th scope="col" class="educationOnly">${c.educationOnlyColumn}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${c.rows.surgery}</th>
          ${GROUPS.map(
            ({ group }) => html`<td>
              <strong>${c.outOf(f.count(per100WithHipReplacement(group)), f.count(PER))}</strong>
              <span class="count">(${c.outOf(f.count(group.hipReplacements), f.count(group.people))})</span>
            </td>`,
          )}
        </tr>
        <tr>
          <th scope="row">${c.rows.time}</th>
          ${GROUPS.map(({ group }) => html`<td>${f.years(group.medianYearsToHipReplacement)}</td>`)}
        </tr>
        <tr><th scope="row">${c.rows.pain}</th><td colspan="2">${c.noDifference}</td></tr>
        <tr><th scope="row">${c.rows.stiffness}</th><td colspan="2">${c.noDifference}</td></tr>
        <tr><th scope="row">${c.rows.hipFunction}</th><td>${c.better}</td><td>${c.lessGood}</td></tr>
      </tbody>
    </table>
    <p class="note">${c.timeFrame} ${c.studied}</p>
  </div>`;
}
