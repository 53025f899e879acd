/** The message an embed page sends its parent: `{ type: EMBED_HEIGHT_MESSAGE, height }`, height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'hip-trial-widgets:height';
/** The message a host page sends each marked iframe when the module starts: `{ type: EMBED_HEIGHT_REQUEST }`. */
export const EMBED_HEIGHT_REQUEST = 'hip-trial-widgets:height-request';
/** The largest height obeyed, in CSS pixels; the smallest is 1. Both ends are valid. */
export const MAX_EMBED_HEIGHT = 100000;

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE;
  readonly height: number;
}

/** A plain object (not an Array, not a class instance) whose own keys are exactly `keys`, in any order. */
function hasExactly(data: unknown, ...keys: string[]): data is Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const own = Object.keys(data);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

/** Only a well-formed message is used: exactly `type` and `height`, the height a number from 1 to 100,000. */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (!hasExactly(data, 'type', 'height')) return false;
  const { type, height } = data;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && height >= 1 && height <= MAX_EMBED_HEIGHT;
}

/** The host's request, exactly `{ type: EMBED_HEIGHT_REQUEST }`. */
export const isEmbedHeightRequest = (data: unknown): boolean => hasExactly(data, 'type') && data.type === EMBED_HEIGHT_REQUEST;
