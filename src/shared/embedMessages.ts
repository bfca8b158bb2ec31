import { BUILT_FOR_BUNDLED_DATASET } from './build/buildStory';

/**
 * The embedding contract: whenever the embedded page's content height changes, tell the parent,
 * as JSON `{ source: 'huawei-ban-map', type: 'height', height }` and, when the URL carries
 * pym.js's `childId`, also as pym.js's string message, so CMSes that already host pym.js embeds
 * resize it with no new code. Nothing is posted when the page is not framed, and no listener
 * for the parent's messages is ever added: the embed takes no commands. A site built for another
 * story (STORY=…) says `status-map`; the Huawei map keeps the name pasted embed codes listen for.
 */
export const MESSAGE_SOURCE: string = BUILT_FOR_BUNDLED_DATASET ? 'huawei-ban-map' : 'status-map';

export interface HeightMessage {
  source: string;
  type: 'height';
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { source: MESSAGE_SOURCE, type: 'height', height };
}

/** pym.js v1 child → parent format: `pymxPYMx{id}xPYMx{type}xPYMx{message}`. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}
