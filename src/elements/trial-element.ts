import { LitElement, type PropertyValues } from 'lit';
import { inheritedLang, LANGUAGE_CODES, matchLanguage, type ResolvedLocale } from '../i18n/locale.js';
import { baseStyles } from '../styles/base.js';

/** Elements whose language may have changed because some `lang` attribute on the page changed. */
const connected = new Set<TrialElement>();
let langObserver: MutationObserver | undefined;

function watchPageLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  // One observer for the page: a change of <html lang> or an ancestor's lang re-renders every element.
  langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * What every element of this library shares: the language resolved the way the platform does
 * (own `lang`, nearest ancestor, `<html lang>`), re-rendered on change, and bad values reported once.
 */
export abstract class TrialElement extends LitElement {
  static override styles = [baseStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Resolved in willUpdate, before each render. */
  protected locale!: ResolvedLocale;
  readonly #warned = new Set<string>();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchPageLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Warns once per element and bad value, so a re-render does not repeat it. */
  protected warn = (key: string, message: string): void => {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const requested = inheritedLang(this);
    const { locale, rejected } = matchLanguage(requested);
    if (rejected !== undefined) {
      this.warn(
        `lang:${rejected}`,
        `<${this.localName}>: language "${rejected}" is not supported. Supported languages: ${LANGUAGE_CODES.map((c) => `"${c}"`).join(', ')}. Showing "${locale.language}".`,
      );
    }
    this.locale = locale;
  }
}
