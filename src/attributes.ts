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

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level`: a whole number from 2 to 6; anything else warns and gives 2. */
export function parseHeadingLevel(raw: unknown, tag: string, warn: Warn): HeadingLevel {
  if (raw === null || raw === undefined) return DEFAULT_HEADING_LEVEL;
  const text = String(raw).trim();
  const level = Number(text);
  if (/^\d$/.test(text) && (HEADING_LEVELS as readonly number[]).includes(level)) return level as HeadingLevel;
  warn(
    `heading-level:${text}`,
    `<${tag}>: heading-level "${String(raw)}" is not valid. Valid values: ${quoteList(HEADING_LEVELS)}. Using ${DEFAULT_HEADING_LEVEL}.`,
  );
  return DEFAULT_HEADING_LEVEL;
}
