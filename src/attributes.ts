import { SECTIONS, type SectionSlug } from './i18n/types.js';

/** Reports a bad attribute value; the element decides how often. */
export type Warn = (key: string, message: string) => void;

const quoteList = (values: readonly (string | number)[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * `section`: space-separated slugs, shown in the article's order whatever the order given.
 * Absent or empty means all; unknown slugs are dropped with a warning; if none is left, all.
 */
export function parseSections(raw: unknown, tag: string, warn: Warn): SectionSlug[] {
  const tokens = String(raw ?? '').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [...SECTIONS];
  const wanted = new Set<string>(tokens);
  const unknown = tokens.filter((t) => !(SECTIONS as readonly string[]).includes(t));
  const shown = SECTIONS.filter((s) => wanted.has(s));
  if (unknown.length > 0) {
    warn(
      `section:${unknown.join(' ')}`,
      `<${tag}>: unknown section ${quoteList(unknown)}. Valid sections: ${quoteList(SECTIONS)}. ` +
        (shown.length ? `Showing ${quoteList(shown)}.` : 'Showing all sections.'),
    );
  }
  return shown.length ? shown : [...SECTIONS];
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
  tag: string,
  warn: Warn,
): T {
  if (raw === null || raw === undefined) return fallback;
  const text = String(raw).trim().toLowerCase();
  const match = values.find((v) => v === text);
  if (match !== undefined) return match;
  warn(
    `${attribute}:${String(raw)}`,
    `<${tag}>: ${attribute} "${String(raw)}" is not valid. Valid values: ${quoteList(values)}. Using "${fallback}".`,
  );
  return fallback;
}

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level`: a whole number from 2 to 6; anything else warns and gives 2. */
export function parseHeadingLevel(raw: unknown, tag: string, warn: Warn): HeadingLevel {
  return Number(parseChoice(raw, 'heading-level', HEADING_LEVELS, '2', tag, warn)) as HeadingLevel;
}
