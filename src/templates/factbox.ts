import { html, type TemplateResult } from 'lit';
import type { ResolvedLocale } from '../i18n/locale.js';
import { per100WithHipReplacement } from '../trial/facts.js';
import { GROUPS, PER, type GroupKey } from './groups.js';

/** The two-column fact box (Harding Center format): a real table, a row per outcome, time frame and who under it. */
export function factBoxTemplate({ texts, f }: ResolvedLocale): TemplateResult {
  const c = texts.charts;
  // One name per group: the fact box's columns are named as the text and the other charts name them.
  const columns = { exercise: c.exercise, educationOnly: c.educationOnly };
  // In a narrow box the table stacks; each cell then shows its column's name, which screen readers
  // already get from the header cells (hence aria-hidden). Explicit roles keep the table a table
  // for assistive technology when its display changes.
  const cell = (key: GroupKey, content: unknown) =>
    html`<td role="cell" class=${key}><span class="label" aria-hidden="true">${columns[key]}</span>${content}</td>`;
  const row = (header: string, cells: unknown) =>
    html`<tr role="row"><th role="rowheader" scope="row">${header}</th>${cells}</tr>`;
  const same = (text: string) => html`<td role="cell" colspan="2">${text}</td>`;
  return html`<div class="factbox" part="factbox">
    <table part="table" role="table">
      <caption part="caption">${c.factBoxTitle}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col"><span class="sr-only">${c.outcome}</span></th>
          ${GROUPS.map(({ key }) => html`<th role="columnheader" scope="col" class=${key}>${columns[key]}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${row(
          c.rows.surgery,
          GROUPS.map(({ key, group }) =>
            cell(
              key,
              html`<strong>${c.outOf(f.count(per100WithHipReplacement(group)), f.count(PER))}</strong>
                <span class="count">(${c.outOf(f.count(group.hipReplacements), f.count(group.people))})</span>`,
            ),
          ),
        )}
        ${row(c.rows.difference, same(c.difference))}
        ${row(c.rows.time, GROUPS.map(({ key, group }) => cell(key, c.estimated(f.years(group.medianYearsToHipReplacement)))))}
        ${row(c.rows.pain, same(c.noDifference))} ${row(c.rows.stiffness, same(c.noDifference))}
        ${row(c.rows.hipFunction, [cell('exercise', c.better), cell('educationOnly', c.lessGood)])}
      </tbody>
    </table>
    <p class="note">${c.studied} ${c.bothGroups} ${c.timeFrame} ${c.estimateNote}</p>
  </div>`;
}
