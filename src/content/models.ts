/**
 * What each chart, the fact box and the citation say, as plain data: the words from the catalog, the
 * figures from the facts, formatted for the locale. The Lit templates draw these in the shadow DOM and
 * the static renderer writes them as plain HTML, so both outputs say the same from one source.
 */
import type { ResolvedLocale } from '../i18n/locale.js';
import type { Texts } from '../i18n/types.js';
import { citation, per100WithHipReplacement, PER, shareWithHipReplacement, trial } from '../trial/facts.js';
import { GROUPS, type GroupKey } from '../templates/groups.js';

export const OUTCOMES = ['surgery', 'time'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface BarsModel {
  readonly question: string;
  readonly note: string;
  /** The header cells of the chart's table: the group, and what the value is. */
  readonly header: readonly [string, string];
  readonly rows: readonly { readonly key: GroupKey; readonly name: string; readonly fraction: number; readonly value: string }[];
  /** The scale's two ends: 0 % and 100 %, or 0 and the longest follow-up. */
  readonly scale: readonly [string, string];
}

/** The bar chart: who had a hip replacement during follow-up, or the estimated years until half had. */
export function barsModel({ texts, f }: ResolvedLocale, outcome: Outcome): BarsModel {
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

export interface IconsModel {
  readonly question: string;
  readonly note: string;
  readonly arrays: readonly { readonly key: GroupKey; readonly name: string; readonly outOf: string; readonly affected: number; readonly label: string }[];
  readonly legend: readonly { readonly filled: boolean; readonly symbol: string; readonly text: string }[];
}

/** Two arrays of 100 people: how many of every 100 had a new hip, with the real counts beside. */
export function iconsModel({ texts, f }: ResolvedLocale): IconsModel {
  const c = texts.charts;
  const [ex, ed] = GROUPS.map(({ group }) => c.outOf(f.count(group.hipReplacements), f.count(group.people)));
  return {
    question: c.iconsQuestion(f.count(PER)),
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

/** A fact-box cell per group, or one text for both groups alike. */
export type FactCells = readonly { readonly key: GroupKey; readonly main: string; readonly count?: string }[] | string;

export interface FactBoxModel {
  readonly title: string;
  /** The empty corner cell's name for screen readers: the outcome. */
  readonly corner: string;
  readonly columns: readonly { readonly key: GroupKey; readonly name: string }[];
  readonly rows: readonly { readonly header: string; readonly cells: FactCells }[];
  readonly note: string;
}

/** The two-column fact box (Harding Center format): a row per outcome, who took part and the time frame under it. */
export function factBoxModel({ texts, f }: ResolvedLocale): FactBoxModel {
  const c = texts.charts;
  const each = (cell: (key: GroupKey, group: (typeof GROUPS)[number]['group']) => { main: string; count?: string }) =>
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

export interface CitationModel {
  /** "The study: Svege I, …." before the English title. */
  readonly before: string;
  readonly title: string;
  /** The journal reference, online year and PMID, after the title. */
  readonly after: string;
  readonly registrations: string;
  readonly conductedBy: string;
  readonly institution: string;
}

/** The full citation of the source section. */
export function citationModel({ texts, f }: ResolvedLocale): CitationModel {
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
