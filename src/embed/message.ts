/** The message an embed page sends its parent: `{ type: EMBED_HEIGHT_MESSAGE, height }`, height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'hip-trial-widgets:height';

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE;
  readonly height: number;
}

/** Only a well-formed message is used: the right type and a finite, plausible height. */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (!data || typeof data !== 'object') return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100000;
}
