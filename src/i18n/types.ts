import type { Citation, Trial } from '../trial/facts.js';
import type { Formatters } from './format.js';

/** The summary's sections, in the article's order. */
export const SECTIONS = [
  'intro',
  'background',
  'aim',
  'participants',
  'methods',
  'results',
  'reliability',
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
  readonly sections: { readonly [S in SectionSlug]: SectionText };
  /** Always shown: this does not replace medical advice. */
  readonly disclaimer: string;
  readonly labels: {
    /** Before the short citation shown under every summary. */
    readonly source: string;
    readonly study: string;
    readonly publishedOnline: (year: string) => string;
    readonly registrations: string;
    readonly trialRegistration: string;
    readonly followUpRegistration: string;
    readonly conductedBy: string;
    readonly corrections: string;
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
