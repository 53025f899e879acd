import { html, svg, type TemplateResult } from 'lit';
import type { ResolvedLocale } from '../i18n/locale.js';
import { shareWithHipReplacement, trial } from '../trial/facts.js';
import { GROUPS } from './groups.js';

export const OUTCOMES = ['surgery', 'time'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A bar chart of the two groups: the share who had a hip replacement during follow-up (scale 0 to
 * 100 %), or the median years to it (scale 0 to the longest follow-up). Bars are SVG rectangles, so
 * their length needs no inline style and a strict CSP holds; the table is what screen readers read.
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
  return html`<figure class="chart bars" part="figure" data-outcome=${outcome}>
    <figcaption part="caption"><span class="question">${question}</span> <span class="note">${note}</span></figcaption>
    <div class="plot" aria-hidden="true">
      ${rows.map(
        (r) => html`<div class="bar-group ${r.key}">
          <span class="name">${r.name}</span> <span class="value" part="value">${r.value}</span>
          <svg class="track" part="track" viewBox="0 0 100 10" preserveAspectRatio="none">
            ${svg`<rect class="bg" width="100" height="10"></rect>
              <rect class="bar" part=${`bar bar-${r.key}`} width=${(r.fraction * 100).toFixed(2)} height="10"></rect>`}
          </svg>
        </div>`,
      )}
      <div class="scale">
        <span>${surgery ? f.percent(0) : f.count(0)}</span><span>${surgery ? f.percent(1) : f.years(trial.followUpYearsMax)}</span>
      </div>
    </div>
    <table class="sr-only">
      <thead>
        <tr><th scope="col">${c.group}</th><th scope="col">${surgery ? c.rows.surgery : c.rows.time}</th></tr>
      </thead>
      <tbody>
        ${rows.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.value}</td></tr>`)}
      </tbody>
    </table>
  </figure>`;
}
