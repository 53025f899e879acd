/** Registers a tag unless it is taken; says why not, without throwing. */
function tryDefine(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry): string | undefined {
  if (registry.get(tag)) return 'already defined on this page';
  try {
    registry.define(tag, constructor);
    return undefined;
  } catch (error) {
    return `could not be registered (${String(error)})`;
  }
}

/**
 * Registers a custom element unless its tag is taken. Two copies of the module on one page (two
 * script tags, two versions) or a site that registered the tag first must never throw: the later
 * registration is skipped with one warning.
 */
export function define(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  const problem = tryDefine(tag, constructor, registry);
  if (problem) console.warn(`hip-trial-widgets: <${tag}> ${problem}; this copy is not registered.`);
  return !problem;
}

/** Registers several elements; whatever is skipped is reported in one warning, not one per tag. */
export function defineAll(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry: CustomElementRegistry = customElements,
): void {
  const skipped = Object.entries(elements)
    .map(([tag, constructor]) => [tag, tryDefine(tag, constructor, registry)] as const)
    .filter(([, problem]) => problem)
    .map(([tag, problem]) => `<${tag}> ${problem}`);
  if (skipped.length) console.warn(`hip-trial-widgets: ${skipped.join('; ')}; this copy did not register them again.`);
}
