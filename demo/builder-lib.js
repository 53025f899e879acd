// The embed builder's logic, apart from the page so tests can check the snippets it writes.
// Interface words live here in four languages; the widget's own text never does: the static HTML
// comes from dist/static-html.js, which the build makes from the same catalogs as the widgets.
import { staticHtml } from '../dist/static-html.js';

export const STUDY_URL = 'https://doi.org/10.1136/annrheumdis-2013-203628';

export const ELEMENTS = [{ tag: 'hip-trial-summary' }, { tag: 'outcome-bars' }, { tag: 'outcome-icons' }, { tag: 'trial-fact-box' }];

/** The text languages an editor can pick, with the regions that have words or spelling of their own. */
export const TEXT_LANGUAGES = [
  { code: 'nl', name: 'Nederlands (België)' },
  { code: 'nl-NL', name: 'Nederlands (Nederland)' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'de-CH', name: 'Deutsch (Schweiz)' },
  { code: 'en', name: 'English (UK)' },
  { code: 'en-US', name: 'English (US)' },
];

/** The builder's own interface, in the four languages of its editors. */
export const UI = {
  nl: {
    name: 'Nederlands',
    title: 'Code maken om in te voegen',
    intro: 'Kies wat u wilt tonen. U ziet meteen hoe het eruitziet. Kopieer daarna de code die bij uw site past.',
    version: 'Versie',
    uiLanguage: 'Taal van deze pagina',
    elementLegend: 'Wat wilt u tonen?',
    elements: { 'hip-trial-summary': 'Samenvatting', 'outcome-bars': 'Staafdiagram', 'outcome-icons': 'Iconen (100 mensen)', 'trial-fact-box': 'Feitendoos (tabel)' },
    textLanguage: 'Taal van de tekst',
    sectionsLegend: 'Welke delen? (niets aangevinkt = alles)',
    sections: { intro: 'Inleiding', background: 'Achtergrond', aim: 'Doel', participants: 'Deelnemers', methods: 'Werkwijze', results: 'Resultaten', reliability: 'Hoe zeker is dit?', professionals: 'Voor zorgverleners (cijfers)', meaning: 'Wat betekent het?', source: 'Bron en verbeteringen' },
    chart: 'Grafiek bij de resultaten',
    charts: { bars: 'Staafdiagram', icons: 'Iconen (100 mensen)', factbox: 'Feitendoos (tabel)', none: 'Geen grafiek' },
    headingLevel: 'Niveau van de titel (past in uw pagina)',
    byDefault: 'standaard',
    outcome: 'Welke uitkomst?',
    outcomes: { surgery: 'Wie kreeg een nieuwe heup', time: 'Geschatte tijd tot de helft een nieuwe heup had' },
    themeLegend: 'Kleuren',
    themes: { auto: 'Past bij de pagina', light: 'Altijd licht', dark: 'Altijd donker' },
    module: 'Adres van de module (een map of het bestand; vraag het aan wie uw site beheert)',
    problems: {
      empty: 'Vul het adres in.',
      notUrl: 'Dit is geen webadres. Het begint met https:// en bevat geen spaties.',
      relative: 'Dit adres is niet volledig. Schrijf het hele adres, met https:// en de naam van de site.',
      noScheme: 'Het adres mist https:// vooraan.',
      notHttps: 'Het adres begint met http://. Gebruik https://, anders blokkeren browsers het script op beveiligde pagina’s.',
    },
    localhost: 'Let op: dit adres werkt alleen op uw eigen computer.',
    uses: 'De code gebruikt:',
    snippets: 'Uw code',
    routesIntro: 'Kies de code die bij uw site past:',
    routes: {
      plugin: ['WordPress, elke rol (ook Auteur en Schrijver)', 'Installeer eenmaal onze plugin. Plak dan deze shortcode in een blok Shortcode of in de tekst.'],
      script: ['Met script (aanbevolen waar scripts mogen)', 'Volledige widget met grafieken. In WordPress alleen voor Beheerders en Redacteurs. Het <style>-blok mag weg: het houdt alleen plaats vrij tijdens het laden.'],
      static: ['Alleen tekst (elk CMS, elke rol)', 'Gewone HTML zonder script: de volledige tekst met tabellen, in de stijl van uw site. Geen grafieken, geen donkere modus.'],
      iframe: ['In een iframe (als scripts niet mogen, maar iframes wel)', 'Met grafieken. De hoogte blijft vast, afgestemd op een telefoon, tenzij de website ons script embed-host.js laadt.'],
    },
    copy: 'Kopieer de code',
    copied: 'Gekopieerd. Plak de code in uw pagina.',
    selected: 'De code is geselecteerd. Druk op Ctrl+C (of Cmd+C) om te kopiëren.',
    fixAddress: 'Verbeter eerst het adres hierboven.',
    preview: 'Voorbeeld',
    frameTitle: 'Studie in gewone taal: oefentherapie en een nieuwe heup',
  },
  fr: {
    name: 'Français',
    title: 'Créer le code à insérer',
    intro: 'Choisissez ce que vous voulez montrer. L’aperçu se met à jour aussitôt. Copiez ensuite le code adapté à votre site.',
    version: 'Version',
    uiLanguage: 'Langue de cette page',
    elementLegend: 'Que voulez-vous montrer ?',
    elements: { 'hip-trial-summary': 'Résumé', 'outcome-bars': 'Diagramme en barres', 'outcome-icons': 'Pictogrammes (100 personnes)', 'trial-fact-box': 'Tableau des chiffres' },
    textLanguage: 'Langue du texte',
    sectionsLegend: 'Quelles parties ? (rien de coché = tout)',
    sections: { intro: 'Introduction', background: 'Contexte', aim: 'Objectif', participants: 'Participants', methods: 'Méthode', results: 'Résultats', reliability: 'Peut-on s’y fier ?', professionals: 'Pour les professionnels (chiffres)', meaning: 'Qu’est-ce que cela signifie ?', source: 'Source et corrections' },
    chart: 'Graphique des résultats',
    charts: { bars: 'Diagramme en barres', icons: 'Pictogrammes (100 personnes)', factbox: 'Tableau des chiffres', none: 'Aucun graphique' },
    headingLevel: 'Niveau du titre (selon votre page)',
    byDefault: 'par défaut',
    outcome: 'Quel résultat ?',
    outcomes: { surgery: 'Qui a reçu une prothèse', time: 'Délai estimé avant que la moitié ait une prothèse' },
    themeLegend: 'Couleurs',
    themes: { auto: 'Selon la page', light: 'Toujours clair', dark: 'Toujours sombre' },
    module: 'Adresse du module (un dossier ou le fichier ; demandez-la à la personne qui gère votre site)',
    problems: {
      empty: 'Indiquez l’adresse.',
      notUrl: 'Ce n’est pas une adresse web. Elle commence par https:// et ne contient pas d’espace.',
      relative: 'Cette adresse est incomplète. Écrivez l’adresse entière, avec https:// et le nom du site.',
      noScheme: 'Il manque https:// au début de l’adresse.',
      notHttps: 'L’adresse commence par http://. Utilisez https://, sinon les navigateurs bloquent le script sur les pages sécurisées.',
    },
    localhost: 'Attention : cette adresse ne fonctionne que sur votre ordinateur.',
    uses: 'Le code utilise :',
    snippets: 'Votre code',
    routesIntro: 'Choisissez le code adapté à votre site :',
    routes: {
      plugin: ['WordPress, tous les rôles (auteurs et contributeurs aussi)', 'Installez une fois notre extension. Collez ensuite ce code court dans un bloc Code court ou dans le texte.'],
      script: ['Avec script (recommandé là où les scripts sont permis)', 'Le widget complet, avec graphiques. Dans WordPress, réservé aux administrateurs et aux éditeurs. Le bloc <style> est facultatif : il réserve seulement la place pendant le chargement.'],
      static: ['Texte seul (tout CMS, tous les rôles)', 'Du HTML simple, sans script : le texte complet avec ses tableaux, dans le style de votre site. Pas de graphiques, pas de mode sombre.'],
      iframe: ['Dans une iframe (scripts interdits, iframes permises)', 'Avec graphiques. La hauteur reste fixe, prévue pour un téléphone, sauf si le site charge notre script d’ajustement de la hauteur (embed-host.js).'],
    },
    copy: 'Copier le code',
    copied: 'Copié. Collez le code dans votre page.',
    selected: 'Le code est sélectionné. Appuyez sur Ctrl+C (ou Cmd+C) pour le copier.',
    fixAddress: 'Corrigez d’abord l’adresse ci-dessus.',
    preview: 'Aperçu',
    frameTitle: 'Une étude en langage clair : exercices et prothèse de hanche',
  },
  de: {
    name: 'Deutsch',
    title: 'Code zum Einfügen erstellen',
    intro: 'Wählen Sie, was Sie zeigen möchten. Die Vorschau ändert sich sofort. Kopieren Sie dann den Code, der zu Ihrer Website passt.',
    version: 'Version',
    uiLanguage: 'Sprache dieser Seite',
    elementLegend: 'Was möchten Sie zeigen?',
    elements: { 'hip-trial-summary': 'Zusammenfassung', 'outcome-bars': 'Balkendiagramm', 'outcome-icons': 'Figuren (100 Menschen)', 'trial-fact-box': 'Faktenbox (Tabelle)' },
    textLanguage: 'Sprache des Textes',
    sectionsLegend: 'Welche Teile? (nichts angekreuzt = alle)',
    sections: { intro: 'Einleitung', background: 'Hintergrund', aim: 'Ziel', participants: 'Teilnehmende', methods: 'Ablauf', results: 'Ergebnisse', reliability: 'Wie sicher ist das?', professionals: 'Für Fachleute (Zahlen)', meaning: 'Was bedeutet das?', source: 'Quelle und Korrekturen' },
    chart: 'Grafik bei den Ergebnissen',
    charts: { bars: 'Balkendiagramm', icons: 'Figuren (100 Menschen)', factbox: 'Faktenbox (Tabelle)', none: 'Keine Grafik' },
    headingLevel: 'Ebene der Überschrift (passend zu Ihrer Seite)',
    byDefault: 'Standard',
    outcome: 'Welches Ergebnis?',
    outcomes: { surgery: 'Wer ein neues Hüftgelenk bekam', time: 'Geschätzte Zeit, bis die Hälfte eines hatte' },
    themeLegend: 'Farben',
    themes: { auto: 'Passend zur Seite', light: 'Immer hell', dark: 'Immer dunkel' },
    module: 'Adresse des Moduls (ein Ordner oder die Datei; fragen Sie, wer Ihre Website betreut)',
    problems: {
      empty: 'Bitte geben Sie die Adresse ein.',
      notUrl: 'Das ist keine Webadresse. Sie beginnt mit https:// und enthält keine Leerzeichen.',
      relative: 'Diese Adresse ist unvollständig. Schreiben Sie die ganze Adresse, mit https:// und dem Namen der Website.',
      noScheme: 'Am Anfang der Adresse fehlt https://.',
      notHttps: 'Die Adresse beginnt mit http://. Nehmen Sie https://, sonst blockieren Browser das Skript auf sicheren Seiten.',
    },
    localhost: 'Achtung: Diese Adresse funktioniert nur auf Ihrem eigenen Computer.',
    uses: 'Der Code verwendet:',
    snippets: 'Ihr Code',
    routesIntro: 'Wählen Sie den Code, der zu Ihrer Website passt:',
    routes: {
      plugin: ['WordPress, jede Rolle (auch Autoren und Mitarbeiter)', 'Installieren Sie einmal unser Plugin. Fügen Sie dann diesen Shortcode in einen Shortcode-Block oder in den Text ein.'],
      script: ['Mit Skript (empfohlen, wo Skripte erlaubt sind)', 'Das ganze Widget mit Grafiken. In WordPress nur für Administratoren und Redakteure. Der <style>-Block ist freiwillig: Er hält nur beim Laden Platz frei.'],
      static: ['Nur Text (jedes CMS, jede Rolle)', 'Einfaches HTML ohne Skript: der ganze Text mit Tabellen, im Stil Ihrer Website. Keine Grafiken, kein dunkler Modus.'],
      iframe: ['In einem iframe (Skripte verboten, iframes erlaubt)', 'Mit Grafiken. Die Höhe ist fest auf ein Handy abgestimmt, es sei denn, die Website lädt unser Skript zur Höhenanpassung (embed-host.js).'],
    },
    copy: 'Code kopieren',
    copied: 'Kopiert. Fügen Sie den Code in Ihre Seite ein.',
    selected: 'Der Code ist markiert. Drücken Sie Strg+C (oder Cmd+C) zum Kopieren.',
    fixAddress: 'Bitte korrigieren Sie zuerst die Adresse oben.',
    preview: 'Vorschau',
    frameTitle: 'Studie in einfacher Sprache: Bewegungstherapie und neues Hüftgelenk',
  },
  en: {
    name: 'English',
    title: 'Make the code to paste',
    intro: 'Choose what you want to show. The preview changes at once. Then copy the code that suits your site.',
    version: 'Version',
    uiLanguage: 'Language of this page',
    elementLegend: 'What do you want to show?',
    elements: { 'hip-trial-summary': 'Summary', 'outcome-bars': 'Bar chart', 'outcome-icons': 'Icons (100 people)', 'trial-fact-box': 'Fact box (table)' },
    textLanguage: 'Language of the text',
    sectionsLegend: 'Which parts? (none ticked = all)',
    sections: { intro: 'Introduction', background: 'Background', aim: 'Aim', participants: 'Who took part', methods: 'How it was done', results: 'Results', reliability: 'How sure can we be?', professionals: 'For health professionals (figures)', meaning: 'What it means', source: 'Source and corrections' },
    chart: 'Chart in the results',
    charts: { bars: 'Bar chart', icons: 'Icons (100 people)', factbox: 'Fact box (table)', none: 'No chart' },
    headingLevel: 'Level of the title (to fit your page)',
    byDefault: 'default',
    outcome: 'Which outcome?',
    outcomes: { surgery: 'Who had a new hip', time: 'Estimated time until half had a new hip' },
    themeLegend: 'Colours',
    themes: { auto: 'To suit the page', light: 'Always light', dark: 'Always dark' },
    module: 'Address of the module (a folder or the file; ask whoever runs your site)',
    problems: {
      empty: 'Please enter the address.',
      notUrl: 'This is not a web address. It starts with https:// and has no spaces.',
      relative: 'This address is not complete. Write the whole address, with https:// and the site’s name.',
      noScheme: 'The address is missing https:// at the start.',
      notHttps: 'The address starts with http://. Use https://, or browsers block the script on secure pages.',
    },
    localhost: 'Note: this address only works on your own computer.',
    uses: 'The code uses:',
    snippets: 'Your code',
    routesIntro: 'Choose the code that suits your site:',
    routes: {
      plugin: ['WordPress, any role (Authors and Contributors too)', 'Install our plugin once. Then paste this shortcode into a Shortcode block or into the text.'],
      script: ['With a script (best where scripts are allowed)', 'The full widget with charts. In WordPress, for Administrators and Editors only. The <style> block is optional: it only keeps room while the widget loads.'],
      static: ['Text only (any CMS, any role)', 'Plain HTML with no script: the full text with its tables, in your site’s own style. No charts, no dark mode.'],
      iframe: ['In an iframe (no scripts allowed, but iframes are)', 'With charts. The height is fixed, sized for a phone, unless the site also loads our resizing script (embed-host.js).'],
    },
    copy: 'Copy the code',
    copied: 'Copied. Paste the code into your page.',
    selected: 'The code is selected. Press Ctrl+C (or Cmd+C) to copy it.',
    fixAddress: 'First correct the address above.',
    preview: 'Preview',
    frameTitle: 'A trial in plain language: exercise therapy and a new hip',
  },
};

export const UI_LANGUAGES = Object.keys(UI);

/** The builder's language for a BCP 47 tag (the page's lang): its primary language, else English. */
export const uiLanguageFor = (tag) => {
  const code = String(tag ?? '').slice(0, 2).toLowerCase();
  return UI_LANGUAGES.includes(code) ? code : 'en';
};

const escape = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The element's attributes for a choice, in a fixed order, leaving out defaults.
 * choice: { tag, lang, sections: string[], chart, headingLevel, outcome, theme }
 */
export function attributesFor(choice) {
  const attrs = [['lang', choice.lang]];
  if (choice.tag === 'hip-trial-summary') {
    if (choice.sections?.length) attrs.push(['section', choice.sections.join(' ')]);
    if (choice.chart && choice.chart !== 'bars') attrs.push(['chart', choice.chart]);
    if (choice.headingLevel && String(choice.headingLevel) !== '2') attrs.push(['heading-level', String(choice.headingLevel)]);
  }
  if (choice.tag === 'outcome-bars' && choice.outcome && choice.outcome !== 'surgery') attrs.push(['outcome', choice.outcome]);
  if (choice.theme && choice.theme !== 'auto') attrs.push(['theme', choice.theme]);
  return attrs;
}

/** The static HTML of a choice: the same text as the widget, as plain HTML. */
export function staticSnippet(choice) {
  const options = Object.fromEntries(attributesFor(choice));
  return staticHtml({ ...options, element: choice.tag });
}

/** How long the reserved room waits for the module: then it goes, so a module that never comes leaves no gap. */
export const RESERVE_SECONDS = 4;

/**
 * The style the README recommends, for one element: until the module has run, keep room for the widget
 * (and fold the fallback text inside it, whose height differs from the widget's) so the text below does
 * not jump; after a few seconds without the module, give the room back and show the fallback. Only when
 * scripting is on, so a page without JavaScript shows the fallback at once, at its own height. Optional.
 */
export function reserveStyle(tag) {
  const waiting = `${tag}:not(:defined), ${tag}[pending]`;
  const wide = tag === 'outcome-bars' ? ` @media (min-width: 40em) { ${waiting} { min-height: 33rem; } }` : '';
  const release = `animation: hip-trial-release 0s ${RESERVE_SECONDS}s forwards;`;
  return `<style>/* Optional: keeps room while the widget loads. */ @media (scripting: enabled) { ${waiting} { display: block; min-height: 100vh; ${release} } ${tag}:not(:defined) > *, ${tag}[pending] > * { max-height: 0; overflow: hidden; ${release} }${wide} } @keyframes hip-trial-release { to { min-height: 0; max-height: none; } }</style>`;
}

/**
 * The snippet a CMS editor pastes where scripts are allowed: the pinned module with its integrity
 * hash, the optional style that keeps room while it loads, then the element with the full static
 * text inside, which readers see before, or without, JavaScript.
 */
export function scriptSnippet(choice, moduleUrl, integrity) {
  const attrs = attributesFor(choice).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return [
    `<script type="module" src="${escape(moduleUrl)}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>`,
    reserveStyle(choice.tag),
    `<${choice.tag}${attrs}>`,
    staticSnippet(choice),
    `</${choice.tag}>`,
  ].join('\n');
}

/** The WordPress plugin's shortcode for a choice: the same names and values as the element's attributes. */
export function shortcodeSnippet(choice) {
  const attrs = [['element', choice.tag], ...attributesFor(choice)];
  return `[hip_trial${attrs.map(([name, value]) => ` ${name}="${String(value).replace(/["\]\[]/g, '')}"`).join('')}]`;
}

/**
 * Heights on a phone (375 px wide), measured on dist/embed.html in the longest of the four languages:
 * the summary's frame (title, lead, disclaimer, citation), each section, and each chart in the results.
 */
const PHONE = {
  frame: 710,
  sections: { intro: 494, background: 425, aim: 357, participants: 362, methods: 783, results: 1231, reliability: 843, professionals: 192, meaning: 486, source: 1176 },
  charts: { bars: 491, icons: 1184, factbox: 1558, none: 0 },
  elements: { surgery: 816, time: 1018, 'outcome-icons': 1509, 'trial-fact-box': 1892 },
};

/**
 * A starting height that fits the content on a phone, with a little to spare: on a page without
 * embed-host.js the iframe keeps it, so nothing is cut off there; on a wide screen there is room left below.
 */
export function startingHeight(choice) {
  const spare = 40;
  switch (choice.tag) {
    case 'outcome-bars':
      return PHONE.elements[choice.outcome === 'time' ? 'time' : 'surgery'] + spare;
    case 'outcome-icons':
    case 'trial-fact-box':
      return PHONE.elements[choice.tag] + spare;
    default: {
      const sections = choice.sections?.length ? choice.sections : Object.keys(PHONE.sections);
      const chart = sections.includes('results') ? (PHONE.charts[choice.chart] ?? PHONE.charts.bars) : 0;
      return PHONE.frame + sections.reduce((sum, s) => sum + (PHONE.sections[s] ?? 0), 0) + chart + spare;
    }
  }
}

/** The script-free choice: an iframe of dist/embed.html with the choice in its query. */
export function iframeSnippet(choice, embedUrl, ui = UI.en) {
  const url = new URL(embedUrl);
  url.search = '';
  url.searchParams.set('element', choice.tag);
  for (const [name, value] of attributesFor(choice)) url.searchParams.set(name, value);
  return `<iframe src="${escape(url.href)}" title="${escape(ui.frameTitle)}" loading="lazy" width="100%" height="${startingHeight(choice)}" style="border: 0" data-hip-trial-embed></iframe>`;
}

/**
 * The module's address as an editor types it: a folder or a file, made whole. Returns the address the
 * snippets use, or the problem in a word (empty, notUrl, relative, noScheme, notHttps), and whether
 * it points at this computer only.
 */
export function normalizeModuleUrl(raw, file) {
  const text = String(raw ?? '').trim();
  if (!text) return { problem: 'empty' };
  if (/\s/.test(text)) return { problem: 'notUrl' };
  if (/^(\/|\.\.?\/)/.test(text)) return { problem: 'relative' };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(text) ? { problem: 'noScheme' } : { problem: 'notUrl' };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'notUrl' };
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !local) return { problem: 'notHttps' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'notUrl' };
  url.search = '';
  url.hash = '';
  // A folder gets the pinned file of this version, whose integrity hash the snippet carries.
  if (!url.pathname.endsWith('.js')) url.pathname = `${url.pathname.replace(/\/?$/, '/')}${file}`;
  return { url: url.href, local };
}
