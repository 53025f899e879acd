// The embed builder's logic, apart from the page so tests can check the snippets it writes.

export const STUDY_URL = 'https://doi.org/10.1136/annrheumdis-2013-203628';

export const ELEMENTS = [
  { tag: 'hip-trial-summary', name: 'Samenvatting' },
  { tag: 'outcome-bars', name: 'Staafdiagram' },
  { tag: 'outcome-icons', name: 'Iconen (100 mensen)' },
  { tag: 'trial-fact-box', name: 'Feitendoos (tabel)' },
];

/** The summary's sections, as an editor knows them. */
export const SECTION_LABELS = {
  intro: 'Inleiding',
  background: 'Achtergrond',
  aim: 'Doel',
  participants: 'Deelnemers',
  methods: 'Werkwijze',
  results: 'Resultaten',
  reliability: 'Betrouwbaarheid',
  professionals: 'Voor zorgverleners (cijfers)',
  meaning: 'Wat betekent het?',
  source: 'Bron',
};

/** The chart choices and the bar chart's outcomes, as an editor knows them. */
export const CHART_LABELS = {
  bars: 'Staafdiagram (standaard)',
  icons: 'Iconen (100 mensen)',
  factbox: 'Feitendoos (tabel)',
  none: 'Geen grafiek',
};
export const OUTCOME_LABELS = {
  surgery: 'Wie kreeg een nieuwe heup (standaard)',
  time: 'Tijd tot een nieuwe heup',
};

/** What readers see before, or without, JavaScript: one sentence and a link to the study. */
export const FALLBACK = {
  nl: { text: 'Oefentherapie stelt een nieuwe heup mogelijk uit.', link: 'Lees de studie' },
  fr: { text: 'Des exercices encadrés pourraient retarder la pose d’une prothèse de hanche.', link: 'Lire l’étude' },
  de: { text: 'Bewegungstherapie könnte ein neues Hüftgelenk hinauszögern.', link: 'Zur Studie' },
  en: { text: 'Exercise therapy may delay hip replacement.', link: 'Read the study' },
};

/** The iframe's title: what a screen reader announces before entering it. */
export const FRAME_TITLE = {
  nl: 'Studie in gewone taal: oefentherapie en een nieuwe heup',
  fr: 'Une étude en langage clair : exercices et prothèse de hanche',
  de: 'Studie in einfacher Sprache: Übungen und neues Hüftgelenk',
  en: 'A trial in plain language: exercise therapy and a new hip',
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

/**
 * The style the README recommends, for one element: until the module has run, keep room for the widget
 * so the text below it does not jump. Only when scripting is on, so a page without JavaScript shows the
 * fallback paragraph at its own height.
 */
export function reserveStyle(tag) {
  const wide = tag === 'outcome-bars' ? ` @media (min-width: 40em) { ${tag}:not(:defined) { min-height: 33rem; } }` : '';
  return `<style>@media (scripting: enabled) { ${tag}:not(:defined) { display: block; min-height: 100vh; }${wide} }</style>`;
}

/**
 * The snippet a CMS editor pastes: the pinned module with its integrity hash, the style that keeps room
 * for the widget while it loads, then the element with fallback content.
 */
export function scriptSnippet(choice, moduleUrl, integrity) {
  const fallback = FALLBACK[choice.lang] ?? FALLBACK.en;
  const attrs = attributesFor(choice).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return [
    `<script type="module" src="${escape(moduleUrl)}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>`,
    reserveStyle(choice.tag),
    `<${choice.tag}${attrs}>`,
    `  <p>${escape(fallback.text)} <a href="${STUDY_URL}">${escape(fallback.link)}</a></p>`,
    `</${choice.tag}>`,
  ].join('\n');
}

/** A starting height close to the rendered one at about 700 px wide, so the page does not jump much. */
export function startingHeight(choice) {
  switch (choice.tag) {
    case 'outcome-bars':
      return 560;
    case 'outcome-icons':
      return 900;
    case 'trial-fact-box':
      return 820;
    default: {
      const sections = choice.sections?.length || 9;
      const chart = choice.chart === 'none' || (choice.sections?.length && !choice.sections.includes('results')) ? 0 : 500;
      return Math.min(6000, 420 + sections * 330 + chart);
    }
  }
}

/** The script-free choice: an iframe of dist/embed.html with the choice in its query. */
export function iframeSnippet(choice, embedUrl) {
  const url = new URL(embedUrl);
  url.search = '';
  url.searchParams.set('element', choice.tag);
  for (const [name, value] of attributesFor(choice)) url.searchParams.set(name, value);
  const title = FRAME_TITLE[choice.lang] ?? FRAME_TITLE.en;
  return `<iframe src="${escape(url.href)}" title="${escape(title)}" loading="lazy" width="100%" height="${startingHeight(choice)}" style="border: 0; max-width: 48rem" data-hip-trial-embed></iframe>`;
}
