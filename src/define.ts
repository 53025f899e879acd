/**
 * Registers custom elements unless their tags are taken. Two copies of the module on one page (two
 * script tags, two versions) or a site that registered a tag first must never throw: a registration
 * that cannot happen is skipped, and one warning names every tag skipped. Returns whether all took.
 */
export function defineAll(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry: CustomElementRegistry = customElements,
): boolean {
  const skipped: string[] = [];
  for (const [tag, constructor] of Object.entries(elements)) {
    if (registry.get(tag)) {
      skipped.push(`<${tag}> already defined`);
      continue;
    }
    try {
      registry.define(tag, constructor);
    } catch (error) {
      skipped.push(`<${tag}> not registered (${error})`);
    }
  }
  if (skipped.length) console.warn(`hip-trial-widgets: ${skipped.join('; ')}; this copy skipped them.`);
  return !skipped.length;
}

/** One element, with the same guard: for a site that registers a class under a tag of its own. */
export const define = (
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean => defineAll({ [tag]: constructor }, registry);
