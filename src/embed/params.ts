/** What the script-free embed page accepts: which element, and which attributes each may take. */
export const EMBED_ELEMENTS = {
  'hip-trial-summary': ['lang', 'theme', 'section', 'chart', 'heading-level'],
  'outcome-bars': ['lang', 'theme', 'outcome'],
  'outcome-icons': ['lang', 'theme'],
  'trial-fact-box': ['lang', 'theme'],
} as const;

export type EmbedElement = keyof typeof EMBED_ELEMENTS;
export const DEFAULT_EMBED_ELEMENT: EmbedElement = 'hip-trial-summary';

export interface EmbedRequest {
  readonly tag: EmbedElement;
  /** Attributes for the element; their values are checked by the element itself, like any attribute. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** One line per parameter that was ignored or replaced, naming it and what is valid. */
  readonly problems: readonly string[];
}

const quote = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Reads `?element=…&lang=…&section=…`: a bad element gives the summary; a parameter the element does not take is ignored. */
export function parseEmbedParams(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const elements = Object.keys(EMBED_ELEMENTS) as EmbedElement[];
  const wanted = params.get('element');
  let tag = DEFAULT_EMBED_ELEMENT;
  if (wanted !== null) {
    const match = elements.find((e) => e === wanted.trim().toLowerCase());
    if (match) tag = match;
    else problems.push(`element "${wanted}" is not valid. Valid values: ${quote(elements)}. Using "${tag}".`);
  }
  const allowed: readonly string[] = EMBED_ELEMENTS[tag];
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    if (name === 'element') continue;
    if (allowed.includes(name) && !attributes.some(([n]) => n === name)) attributes.push([name, value]);
    else if (!allowed.includes(name)) problems.push(`parameter "${name}" is not used by <${tag}>. Valid parameters: ${quote(['element', ...allowed])}.`);
  }
  return { tag, attributes, problems };
}
