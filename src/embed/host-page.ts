/**
 * dist/embed-host.js, for a page that shows the widgets in iframes (the script-free route): marked
 * iframes take the height their embed page reports (see host.ts). Half a kilobyte on its own, so a
 * page of iframes does not load the elements to size them, and the elements' module does not carry
 * it for every page that never frames them.
 */
import { resizeEmbedsOnMessage } from './host.js';

resizeEmbedsOnMessage();

export { resizeEmbedsOnMessage };
export { EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST, type EmbedHeightMessage } from './message.js';
