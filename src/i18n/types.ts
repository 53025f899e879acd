import type { Citation, Trial } from '../trial/facts.js';
import type { Formatters } from './intl-format.js';

/** The summary's sections, in the article's order. */
export const SECTIONS = [
  'intro',
  'background',
  'aim',
  'participants',
  'methods',
  'results',
  'reliability',
  'professionals',
  'meaning',
  'source',
] as const;
export type SectionSlug = (typeof SECTIONS)[number];

/** A paragraph, or a bulleted list of items. */
export type Block = string | readonly string[];

export interface SectionText {
  readonly heading: string;
  readonly body: readonly Block[];
}

/** Every user-visible text of every element, in one language. A missing entry is a compile error. */
export interface Texts {
  readonly title: string;
  /** The key message, first. */
  readonly lead: string;
  readonly sections: { readonly [S in SectionSlug]: SectionText } & {
    /** Technical figures for doctors and researchers, behind a closed disclosure. */
    readonly professionals: {
      /** The disclosure's summary line: says what is inside. */
      readonly toggle: string;
    };
  };
  /** Always shown: this does not replace medical advice. */
  readonly disclaimer: string;
  readonly labels: {
    /** A label before its value, with the language's colon and spacing: "Bron:", "Source :". */
    readonly colon: (label: string) => string;
    /** The label of the short citation shown under every summary. */
    readonly source: string;
    /** The study link's text: words, not the address. */
    readonly readStudy: string;
    /** The journal reference in the language's bibliographic style: "Ann Rheum Dis 2015;74(1):164–169". */
    readonly reference: (journal: string, year: string, volume: string, issue: string, pages: string) => string;
    readonly study: string;
    readonly publishedOnline: (year: string) => string;
    readonly registrations: string;
    readonly trialRegistration: string;
    readonly followUpRegistration: string;
    readonly conductedBy: string;
    readonly corrections: string;
  };
  /** Words of the charts and the fact box. */
  readonly charts: {
    /** Short group names, beside bars and icon arrays. */
    readonly exercise: string;
    readonly educationOnly: string;
    /** What both groups got and what one group added, under the fact box. */
    readonly bothGroups: string;
    /** "22 van de 55", "22 of 55": a count with its denominator. */
    readonly outOf: (count: string, total: string) => string;
    /** The time frame every figure of hip replacements stands in. */
    readonly timeFrame: string;
    readonly surgeryQuestion: string;
    readonly timeQuestion: string;
    /** How to read the time chart: estimates, and a longer bar means surgery came later. */
    readonly timeNote: string;
    /** Why half can be reached by the median while fewer than half had surgery during follow-up. */
    readonly estimateNote: string;
    /** A median time as the charts and the fact box show it, marked as an estimate: "5,4 jaar (geschat)". */
    readonly estimated: (years: string) => string;
    /** The absolute difference: about N fewer in every 100 had a new hip with exercise therapy. */
    readonly difference: string;
    readonly iconsQuestion: (per: string) => string;
    /** The label one icon array gives screen readers: the group, and "40 of 100". */
    readonly iconsLabel: (group: string, outOf: string) => string;
    /** Legend of the icon arrays. */
    readonly newHip: string;
    readonly ownHip: string;
    /** The real counts next to the per-100 figures. */
    readonly realCounts: (exercise: string, educationOnly: string) => string;
    /** How many people each group had. */
    readonly groupSizes: (exercise: string, educationOnly: string) => string;
    /** Header cells of the charts' text tables. */
    readonly group: string;
    readonly outcome: string;
    readonly factBoxTitle: string;
    readonly rows: {
      readonly surgery: string;
      readonly difference: string;
      readonly time: string;
      readonly pain: string;
      readonly stiffness: string;
      readonly hipFunction: string;
    };
    readonly noDifference: string;
    readonly better: string;
    readonly lessGood: string;
    /** Who took part, in one line under the fact box. */
    readonly studied: string;
    /**
     * What the icon legend's two symbols are, said to screen readers before their meaning (`newHip`,
     * `ownHip`), so each legend item reads as a sentence: "Filled figure: got a new hip".
     */
    readonly filledIcon: string;
    readonly outlinedIcon: string;
  };
}

/** What a catalog builds its texts from: the facts and the locale's formatters, never literal numbers. */
export interface CatalogContext {
  readonly trial: Trial;
  readonly citation: Citation;
  readonly f: Formatters;
}

/** Builds a language's texts, with a region's words where they differ (nl-NL, en-US). */
export type Catalog = (context: CatalogContext, region?: string) => Texts;

/**
 * `value` with `spell` applied to every string in it, in the results of its functions too: a region
 * whose spelling differs by rule (Swiss German writes no ß) is the same texts, respelled.
 */
export function respell<T>(value: T, spell: (text: string) => string): T {
  if (typeof value === 'string') return spell(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => respell((value as (...a: unknown[]) => unknown)(...args), spell)) as T;
  if (Array.isArray(value)) return value.map((item) => respell(item, spell)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, respell(v, spell)])) as T;
  return value;
}

/**
 * A catalog from its default words, the few words a region replaces, and the texts written with
 * them: a region variant is a handful of entries, not a copy of the catalog.
 */
export function catalog<W extends object>(
  words: W,
  regions: Readonly<Record<string, Partial<W>>>,
  texts: (context: CatalogContext, w: W) => Texts,
): Catalog {
  return (context, region) => texts(context, region && regions[region] ? { ...words, ...regions[region] } : words);
}
