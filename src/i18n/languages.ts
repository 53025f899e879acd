/**
 * The languages the widgets speak, by primary subtag: the name in that language (for pickers) and
 * the tag a bare code renders as (nl → nl-BE), so screen readers pick the right voice.
 */
export const LANGUAGE_TABLE = {
  nl: ['Nederlands', 'nl-BE'],
  fr: ['Français', 'fr'],
  de: ['Deutsch', 'de'],
  en: ['English', 'en-GB'],
} as const;

export type LanguageCode = keyof typeof LANGUAGE_TABLE;

/**
 * The variant a tag gets: its own where `has` it (nl-NL, en-US), else its language's default
 * (fr-BE → fr, nl-SR → nl-BE), else English's. The bundle asks its finished content, the build its
 * list of variants.
 */
export function variantTag(tag: string, has: (variant: string) => boolean): string {
  if (has(tag)) return tag;
  const language = LANGUAGE_TABLE[tag.split('-')[0].toLowerCase() as LanguageCode] ?? LANGUAGE_TABLE.en;
  return language[1];
}

/**
 * A region's variant made from its language's content: `pairs` are the [path, value] entries it
 * changes, as the build writes them (scripts/texts.mjs, which proves each patch with this function
 * before it ships). Changes `content` in place and returns it.
 */
export function applyPatch<T>(content: T, pairs: readonly (readonly [(string | number)[], unknown])[]): T {
  for (const [path, value] of pairs) {
    const last = path.pop()!;
    path.reduce((node: Record<string | number, never>, key) => node[key], content as never)[last] = value as never;
  }
  return content;
}

/**
 * The regions whose words or spelling differ from their language's default variant (nl-NL, de-CH,
 * en-US). `formatAs`: the locale whose figures the region writes, where Intl's own differ from its
 * usage: CLDR gives de-CH a decimal point ("5.4 Jahre"), but Swiss German text writes the comma
 * ("5,4 Jahre", "18,7 %"; the point is for francs), as the Federal Chancellery's Schreibweisungen have it.
 */
export const REGION_VARIANTS: readonly { readonly language: LanguageCode; readonly region: string; readonly formatAs?: string }[] = [
  { language: 'nl', region: 'NL' },
  { language: 'de', region: 'CH', formatAs: 'de' },
  { language: 'en', region: 'US' },
];
