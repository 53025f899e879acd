import { html, svg, type TemplateResult } from 'lit';
import type { ResolvedLocale } from '../i18n/locale.js';
import { shareWithHipReplacement, trial } from '../trial/facts.js';
import { GROUPS } from './groups.js';

export const OUTCOMES = ['surgery', 'time'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A bar chart of the two groups: the share who had a hip replacement during follow-up (scale 0 to
 * 100 %), or the median years to it (scale 0 to the longest follow-up). Bars are SVG rectangles, so
 * their length needs no inline style and a strict CSP holds; the plot itself is the table screen readers read.
 */
export function barsTemplate({ texts, f }: ResolvedLocale, outcome: Outcome): TemplateResult {
  const c = texts.charts;
  const surgery = outcome === 'surgery';
  const rows = GROUPS.map(({ key, group }) => {
    const share = shareWithHipReplacement(group);
    const years = group.medianYearsToHipReplacement;
    return {
      key,
      name: c[key],
      fraction: surgery ? share : years / trial.followUpYearsMax,
      value: surgery ? `${c.outOf(f.count(group.hipReplacements), f.count(group.people))} (${f.percent(share)})` : c.estimated(f.years(years)),
    };
  });
  const question = surgery ? c.surgeryQuestion : c.timeQuestion;
  const note = surgery
    ? `${c.timeFrame} ${c.groupSizes(f.count(trial.exercise.people), f.count(trial.educationOnly.people))} ${c.difference}`
    : `${c.timeFrame} ${c.estimateNote} ${c.timeNote}`;
  // The visible plot is the table screen readers read, named by its question: touch exploration finds
  // each group's name and value where they are drawn, and nothing is said twice.
  return html`<figure class="chart bars" part="figure" data-outcome=${outcome}>
    <figcaption part="caption"><span class="question" id="question">${question}</span> <span class="note">${note}</span></figcaption>
    <div class="plot" role="table" aria-labelledby="question">
      <div class="sr-only" role="row">
        <span role="columnheader">${c.group}</span><span role="columnheader">${surgery ? c.rows.surgery : c.rows.time}</span>
      </div>
      ${rows.map(
        (r) => html`<div class="bar-group ${r.key}" role="row">
          <span class="name" role="rowheader">${r.name}</span> <span class="value" part="value" role="cell">${r.value}</span>
          <svg class="track" part="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            ${svg`<rect class="bg" width="100" height="10"></rect>
              <rect class="bar" part=${`bar bar-${r.key}`} width=${(r.fraction * 100).toFixed(2)} height="10"></rect>`}
          </svg>
        </div>`,
      )}
      <div class="scale" aria-hidden="true">
        <span>${surgery ? f.percent(0) : f.count(0)}</span><span>${surgery ? f.percent(1) : f.years(trial.followUpYearsMax)}</span>
      </div>
    </div>
  </figure>`;
}
