import { SECTIONS, type SectionSlug } from './i18n/types.js';

/** A bad attribute value: what was given, what is valid, and what the element uses instead. */
export interface Rejected {
  readonly attribute: string;
  readonly value: string;
  readonly valid: readonly string[];
  readonly used: string;
}

/** Reports a bad attribute value; the element decides how, and how often. */
export type Warn = (rejected: Rejected) => void;

/**
 * `section`: space-separated slugs, shown in the article's order whatever the order given.
 * Absent or empty means all; unknown slugs are dropped with a warning; if none is left, all.
 */
export function parseSections(raw: unknown, warn: Warn): SectionSlug[] {
  const tokens = String(raw ?? '').split(/\s+/).filter(Boolean);
  const shown = SECTIONS.filter((s) => tokens.includes(s));
  const unknown = tokens.filter((t) => !(SECTIONS as readonly string[]).includes(t));
  const result = shown.length ? shown : [...SECTIONS];
  if (unknown.length) warn({ attribute: 'section', value: unknown.join(' '), valid: SECTIONS, used: result.join(' ') });
  return result;
}

/**
 * An enumerated attribute: one of `values` (any case, spaces trimmed); absent gives the default
 * silently, anything else gives the default with a warning naming the value and the valid ones.
 */
export function parseChoice<T extends string>(
  raw: unknown,
  attribute: string,
  values: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (raw == null) return fallback;
  const value = String(raw);
  const match = value.trim().toLowerCase() as T;
  if (values.includes(match)) return match;
  warn({ attribute, value, valid: values, used: fallback });
  return fallback;
}

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level`: a whole number from 2 to 6; anything else warns and gives 2. */
export function parseHeadingLevel(raw: unknown, warn: Warn): HeadingLevel {
  return Number(parseChoice(raw, 'heading-level', HEADING_LEVELS, '2', warn)) as HeadingLevel;
}

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The picture in the summary's results section. */
export const CHARTS = ['bars', 'icons', 'factbox', 'none'] as const;
export type Chart = (typeof CHARTS)[number];
