import { isEmbedHeightMessage } from './message.js';

let listening = false;

/**
 * On a page that loads the module, iframes marked `data-hip-trial-embed` take the height their
 * embed page reports, so readers never scroll inside them. Nothing else on the page is touched:
 * the message must come from one of those iframes and have the documented shape.
 */
export function resizeEmbedsOnMessage(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('message', (event) => {
    if (!isEmbedHeightMessage(event.data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-hip-trial-embed]')) {
      if (frame.contentWindow === event.source) frame.height = String(Math.ceil(event.data.height));
    }
  });
}
