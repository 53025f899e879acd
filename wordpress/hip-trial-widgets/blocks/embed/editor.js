/**
 * The block in the editor: a sidebar to pick the element and its options, and a live preview that
 * the server renders with the same function as the page (the static text, in the chosen language).
 * Plain JavaScript on WordPress's own packages, so the plugin needs no build step of its own.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, CheckboxControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  const SECTIONS = ['intro', 'background', 'aim', 'participants', 'methods', 'results', 'reliability', 'professionals', 'meaning', 'source'];
  const SECTION_LABELS = {
    intro: __('Introduction', 'hip-trial-widgets'),
    background: __('Background', 'hip-trial-widgets'),
    aim: __('Aim', 'hip-trial-widgets'),
    participants: __('Who took part', 'hip-trial-widgets'),
    methods: __('How the study was done', 'hip-trial-widgets'),
    results: __('Results', 'hip-trial-widgets'),
    reliability: __('How sure we can be', 'hip-trial-widgets'),
    professionals: __('For health professionals', 'hip-trial-widgets'),
    meaning: __('What it means for me', 'hip-trial-widgets'),
    source: __('Source and corrections', 'hip-trial-widgets'),
  };
  const option = (value, label) => ({ value, label });

  registerBlockType('hip-trial-widgets/embed', {
    edit({ attributes, setAttributes }) {
      const { element, lang, section, chart, headingLevel, theme, outcome } = attributes;
      const chosen = section.split(/\s+/).filter(Boolean);
      const toggle = (slug, on) =>
        setAttributes({ section: SECTIONS.filter((s) => (s === slug ? on : chosen.includes(s))).join(' ') });
      const summary = element === 'hip-trial-summary';
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Widget', 'hip-trial-widgets') },
            el(SelectControl, {
              label: __('Element', 'hip-trial-widgets'),
              value: element,
              options: [
                option('hip-trial-summary', __('Summary', 'hip-trial-widgets')),
                option('outcome-bars', __('Bar chart', 'hip-trial-widgets')),
                option('outcome-icons', __('Icon arrays (100 people)', 'hip-trial-widgets')),
                option('trial-fact-box', __('Fact box (table)', 'hip-trial-widgets')),
              ],
              onChange: (value) => setAttributes({ element: value }),
            }),
            el(SelectControl, {
              label: __('Language', 'hip-trial-widgets'),
              value: lang,
              options: [
                option('', __('The site’s language', 'hip-trial-widgets')),
                option('nl', 'Nederlands (België)'),
                option('nl-NL', 'Nederlands (Nederland)'),
                option('fr', 'Français'),
                option('de', 'Deutsch'),
                option('de-CH', 'Deutsch (Schweiz)'),
                option('en', 'English (UK)'),
                option('en-US', 'English (US)'),
              ],
              onChange: (value) => setAttributes({ lang: value }),
            }),
            summary &&
              el(SelectControl, {
                label: __('Chart in the results', 'hip-trial-widgets'),
                value: chart,
                options: [
                  option('bars', __('Bar chart', 'hip-trial-widgets')),
                  option('icons', __('Icon arrays', 'hip-trial-widgets')),
                  option('factbox', __('Fact box', 'hip-trial-widgets')),
                  option('none', __('None', 'hip-trial-widgets')),
                ],
                onChange: (value) => setAttributes({ chart: value }),
              }),
            summary &&
              el(SelectControl, {
                label: __('Heading level of the title', 'hip-trial-widgets'),
                value: headingLevel,
                options: ['2', '3', '4', '5'].map((level) => option(level, `H${level}`)),
                onChange: (value) => setAttributes({ headingLevel: value }),
              }),
            element === 'outcome-bars' &&
              el(SelectControl, {
                label: __('Outcome', 'hip-trial-widgets'),
                value: outcome,
                options: [
                  option('surgery', __('Who had a new hip', 'hip-trial-widgets')),
                  option('time', __('Estimated time until half had one', 'hip-trial-widgets')),
                ],
                onChange: (value) => setAttributes({ outcome: value }),
              }),
            el(SelectControl, {
              label: __('Colours', 'hip-trial-widgets'),
              value: theme,
              options: [
                option('auto', __('Follow the page', 'hip-trial-widgets')),
                option('light', __('Light', 'hip-trial-widgets')),
                option('dark', __('Dark', 'hip-trial-widgets')),
              ],
              onChange: (value) => setAttributes({ theme: value }),
            }),
          ),
          summary &&
            el(
              PanelBody,
              { title: __('Sections (none ticked: all)', 'hip-trial-widgets'), initialOpen: false },
              SECTIONS.map((slug) =>
                el(CheckboxControl, { key: slug, label: SECTION_LABELS[slug], checked: chosen.includes(slug), onChange: (on) => toggle(slug, on) }),
              ),
            ),
        ),
        el('div', useBlockProps(), el(ServerSideRender, { block: 'hip-trial-widgets/embed', attributes })),
      );
    },
    // Rendered on the server, whoever wrote the post: nothing but the attributes is stored.
    save: () => null,
  });
})(window.wp);
