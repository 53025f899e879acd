/**
 * The script-free route: dist/embed.html renders one element from its query parameters, for sites
 * whose CMS strips <script>. It tells its parent its height (see message.ts), so a parent that
 * loads dist/embed-host.js resizes the iframe; without it the iframe keeps the height the snippet gave.
 */
import { EMBED_HEIGHT_MESSAGE, isEmbedHeightRequest, type EmbedHeightMessage } from './message.js';
import { parseEmbedParams } from './params.js';

const request = parseEmbedParams(location.search);
for (const problem of request.problems) console.warn(`hip-trial-widgets embed: ${problem}`);

const element = document.createElement(request.tag);
for (const [name, value] of request.attributes) element.setAttribute(name, value);
const lang = element.getAttribute('lang');
if (lang) document.documentElement.lang = lang;

const holder = document.getElementById('widget') ?? document.body;
holder.replaceChildren(element);

let reported = 0;
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported || window.parent === window) return;
  reported = height;
  const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
  // The height is not a secret, and the parent's origin is not known in advance.
  window.parent.postMessage(message, '*');
}
// A host whose module ran after our first report asks for the height: answer even if unchanged.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isEmbedHeightRequest(event.data)) return;
  reported = 0;
  report();
});
new ResizeObserver(report).observe(document.documentElement);
