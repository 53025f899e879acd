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
  if (registry.get(tag)) {
    console.warn(`hip-trial-widgets: <${tag}> is already defined on this page; this copy is not registered again.`);
    return false;
  }
  try {
    registry.define(tag, constructor);
    return true;
  } catch (error) {
    console.warn(`hip-trial-widgets: <${tag}> could not be registered.`, error);
    return false;
  }
}
