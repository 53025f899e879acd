/**
 * What each chart, the fact box and the citation say, as plain data: the words from the catalog, the
 * figures from the facts, formatted for the locale. Build time only: src/i18n/source.ts runs these for
 * every locale variant into the finished content the bundle carries (content/types.ts), which the Lit
 * templates draw in the shadow DOM and the static renderer writes as plain HTML, so both outputs say
 * the same from one source.
 */
import type { Formatters } from '../i18n/intl-format.js';
import type { Texts } from '../i18n/types.js';
import { citation, doiUrl, per100WithHipReplacement, PER, shareWithHipReplacement, trial, type StudyGroup } from '../trial/facts.js';
import type { BarsModel, CitationModel, Content, FactBoxModel, GroupKey, IconsModel, Outcome } from './types.js';

/** A catalog's texts with the formatters they were made with. */
export interface SourceLocale {
  readonly texts: Texts;
  readonly f: Formatters;
}

const GROUPS: readonly { readonly key: GroupKey; readonly group: StudyGroup }[] = [
  { key: 'exercise', group: trial.exercise },
  { key: 'educationOnly', group: trial.educationOnly },
];

/** The bar chart: who had a hip replacement during follow-up, or the estimated years until half had. */
export function barsModel({ texts, f }: SourceLocale, outcome: Outcome): BarsModel {
  const c = texts.charts;
  const surgery = outcome === 'surgery';
  return {
    question: surgery ? c.surgeryQuestion : c.timeQuestion,
    note: surgery
      ? `${c.timeFrame} ${c.groupSizes(f.count(trial.exercise.people), f.count(trial.educationOnly.people))} ${c.difference}`
      : `${c.timeFrame} ${c.estimateNote} ${c.timeNote}`,
    header: [c.group, surgery ? c.rows.surgery : c.rows.time],
    rows: GROUPS.map(({ key, group }) => {
      const share = shareWithHipReplacement(group);
      const years = group.medianYearsToHipReplacement;
      return {
        key,
        name: c[key],
        fraction: surgery ? share : years / trial.followUpYearsMax,
        value: surgery ? `${c.outOf(f.count(group.hipReplacements), f.count(group.people))} (${f.percent(share)})` : c.estimated(f.years(years)),
      };
    }),
    scale: surgery ? [f.percent(0), f.percent(1)] : [f.count(0), f.years(trial.followUpYearsMax)],
  };
}

/** Two arrays of 100 people: how many of every 100 had a new hip, with the real counts beside. */
export function iconsModel({ texts, f }: SourceLocale): IconsModel {
  const c = texts.charts;
  const [ex, ed] = GROUPS.map(({ group }) => c.outOf(f.count(group.hipReplacements), f.count(group.people)));
  return {
    question: c.iconsQuestion(f.count(PER)),
    per: PER,
    note: `${c.timeFrame} ${c.realCounts(ex, ed)} ${c.difference}`,
    arrays: GROUPS.map(({ key, group }) => {
      const affected = per100WithHipReplacement(group);
      const outOf = c.outOf(f.count(affected), f.count(PER));
      return { key, name: c[key], outOf, affected, label: `${c.iconsLabel(c[key], outOf)} ${c.timeFrame}` };
    }),
    legend: [
      { filled: true, symbol: c.filledIcon, text: c.newHip },
      { filled: false, symbol: c.outlinedIcon, text: c.ownHip },
    ],
  };
}

/** The two-column fact box (Harding Center format): a row per outcome, who took part and the time frame under it. */
export function factBoxModel({ texts, f }: SourceLocale): FactBoxModel {
  const c = texts.charts;
  const each = (cell: (key: GroupKey, group: StudyGroup) => { main: string; count?: string }) =>
    GROUPS.map(({ key, group }) => ({ key, ...cell(key, group) }));
  return {
    title: c.factBoxTitle,
    corner: c.outcome,
    // One name per group: the columns are named as the text and the other charts name them.
    columns: GROUPS.map(({ key }) => ({ key, name: c[key] })),
    rows: [
      {
        header: c.rows.surgery,
        cells: each((_, group) => ({
          main: c.outOf(f.count(per100WithHipReplacement(group)), f.count(PER)),
          count: c.outOf(f.count(group.hipReplacements), f.count(group.people)),
        })),
      },
      { header: c.rows.difference, cells: c.difference },
      { header: c.rows.time, cells: each((_, group) => ({ main: c.estimated(f.years(group.medianYearsToHipReplacement)) })) },
      { header: c.rows.pain, cells: c.noDifference },
      { header: c.rows.stiffness, cells: c.noDifference },
      { header: c.rows.hipFunction, cells: each((key) => ({ main: key === 'exercise' ? c.better : c.lessGood })) },
    ],
    note: `${c.studied} ${c.bothGroups} ${c.timeFrame} ${c.estimateNote}`,
  };
}

export const authors = citation.authors.join(', ');

/** The study's DOI as text, before the link named in words. */
export const doiText = ({ labels }: Texts) => `${labels.colon('DOI')} ${citation.doi}.`;

/** The short citation under every widget, before its DOI and link: who, where, when. */
export const shortSourceText = ({ labels }: Texts) => `${labels.colon(labels.source)} ${authors}. ${citation.journal} ${citation.year}.`;

/** The full citation of the source section. */
export function citationModel({ texts, f }: SourceLocale): CitationModel {
  const { labels } = texts;
  const c = citation;
  return {
    before: `${labels.colon(labels.study)} ${authors}.`,
    title: c.title,
    after: `${labels.reference(c.journal, String(c.year), String(c.volume), String(c.issue), c.pages)}. ${labels.publishedOnline(f.calendarYear(c.onlineYear))} PMID ${c.pmid}.`,
    registrations: `${labels.colon(labels.registrations)} ${c.registrations.trial} (${labels.trialRegistration}), ${c.registrations.followUp} (${labels.followUpRegistration}).`,
    conductedBy: labels.colon(labels.conductedBy),
    institution: c.institution,
  };
}

/** Everything one locale variant shows, finished. */
export function contentOf(locale: SourceLocale): Content {
  const { texts } = locale;
  return {
    title: texts.title,
    lead: texts.lead,
    sections: texts.sections,
    disclaimer: texts.disclaimer,
    corrections: texts.labels.corrections,
    doi: doiText(texts),
    doiUrl,
    readStudy: texts.labels.readStudy,
    shortSource: shortSourceText(texts),
    bars: { surgery: barsModel(locale, 'surgery'), time: barsModel(locale, 'time') },
    icons: iconsModel(locale),
    factbox: factBoxModel(locale),
    citation: citationModel(locale),
  };
}
