import { EMBED_HEIGHT_REQUEST, isEmbedHeightMessage } from './message.js';

let listening = false;

/** The origin of a frame's `src`, where its embed must live; none for a missing, opaque or bad address. */
function srcOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const { origin } = new URL(frame.src);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

const markedFrames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-hip-trial-embed]');

/**
 * On a page that loads dist/embed-host.js, iframes marked `data-hip-trial-embed` take the height their
 * embed page reports, so readers never scroll inside them. Nothing else on the page is touched:
 * the message must have the documented shape and come from one of those iframes' windows, from
 * the origin of its `src` (not wherever the iframe has navigated since). Embeds that rendered
 * before the script ran are asked for their height, so load order never matters.
 */
export function resizeEmbedsOnMessage(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('message', (event) => {
    if (!isEmbedHeightMessage(event.data)) return;
    for (const frame of markedFrames()) {
      if (frame.contentWindow === event.source && event.origin === srcOrigin(frame)) frame.height = String(Math.ceil(event.data.height));
    }
  });
  for (const frame of markedFrames()) {
    const origin = srcOrigin(frame);
    // Only the embed's origin receives the request: a frame that navigated elsewhere is not asked.
    if (origin) frame.contentWindow?.postMessage({ type: EMBED_HEIGHT_REQUEST }, origin);
  }
}
