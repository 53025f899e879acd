/**
 * What the elements show, finished: every word from the catalogs and every figure from the facts,
 * formatted for one locale variant. The build makes one per variant (src/i18n/source.ts, in Node, with
 * Intl) and the bundle carries these as data: the page formats nothing and compiles no catalog.
 */
import type { SectionSlug, Texts } from '../i18n/types.js';

export const OUTCOMES = ['surgery', 'time'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type GroupKey = 'exercise' | 'educationOnly';

export interface BarsModel {
  readonly question: string;
  readonly note: string;
  /** The header cells of the chart's table: the group, and what the value is. */
  readonly header: readonly [string, string];
  /** Each group's bar: its length from 0 to 1, and its value in words and figures. */
  readonly rows: readonly { readonly key: GroupKey; readonly name: string; readonly fraction: number; readonly value: string }[];
  /** The scale's two ends: 0 % and 100 %, or 0 and the longest follow-up. */
  readonly scale: readonly [string, string];
}

export interface IconsModel {
  readonly question: string;
  readonly note: string;
  /** How many people each array draws (100). */
  readonly per: number;
  readonly arrays: readonly { readonly key: GroupKey; readonly name: string; readonly outOf: string; readonly affected: number; readonly label: string }[];
  readonly legend: readonly { readonly filled: boolean; readonly symbol: string; readonly text: string }[];
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

/** Everything one locale variant shows, as plain data (JSON in the bundle). */
export interface Content {
  readonly title: string;
  readonly lead: string;
  readonly sections: { readonly [S in SectionSlug]: Texts['sections'][S] };
  readonly disclaimer: string;
  /** The source section's subheading over the article's corrections. */
  readonly corrections: string;
  /** The study's DOI as text ("DOI: 10.1136/…."), before the link named in words. */
  readonly doi: string;
  readonly doiUrl: string;
  /** The study link's text: words, not the address. */
  readonly readStudy: string;
  /** The short citation under every widget, before its DOI and link: who, where, when. */
  readonly shortSource: string;
  readonly bars: { readonly [O in Outcome]: BarsModel };
  readonly icons: IconsModel;
  readonly factbox: FactBoxModel;
  readonly citation: CitationModel;
}
