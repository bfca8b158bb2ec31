import { describe, expect, it, vi } from 'vitest';
import { heightMessage, pymHeightMessage } from '../../../src/shared/embedMessages';
import { startHeightMessages } from '../../../src/features/embed/heightMessages';
import { fullMapUrl } from '../../../src/state/fullMapUrl';
import { urlToState } from '../../../src/state/urlState';

function fakeFrame(height: number) {
  const postMessage = vi.fn();
  const win = {
    parent: { postMessage },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  } as unknown as Window;
  const element = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
  return { win, element, postMessage };
}

describe('height messages', () => {
  it('posts the JSON message, and pym.js’s string when a childId is given', () => {
    const { win, element, postMessage } = fakeFrame(612.4);
    const stop = startHeightMessages(element, 'map-1', win);
    expect(postMessage).toHaveBeenCalledWith({ source: 'huawei-ban-map', type: 'height', height: 613 }, '*');
    expect(postMessage).toHaveBeenCalledWith('pymxPYMxmap-1xPYMxheightxPYMx613', '*');
    stop();
  });

  it('posts nothing when the page is not in a frame', () => {
    const postMessage = vi.fn();
    const win = { postMessage } as unknown as Window & { parent: Window };
    (win as { parent: Window }).parent = win;
    startHeightMessages({ getBoundingClientRect: () => ({ height: 500 }) } as HTMLElement, null, win)();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('formats both protocols exactly', () => {
    expect(heightMessage(480)).toEqual({ source: 'huawei-ban-map', type: 'height', height: 480 });
    expect(pymHeightMessage('abc', 480)).toBe('pymxPYMxabcxPYMxheightxPYMx480');
  });
});

describe('the "Open the full map" link', () => {
  it('carries the embed’s date, country and region but not its embed flags', () => {
    const state = urlToState(
      '?date=2020-07-15&country=GBR&region=europe&embed=1&childId=x&controls=0&theme=dark',
    );
    expect(fullMapUrl(state, { origin: 'https://maps.example', pathname: '/huawei/' })).toBe(
      'https://maps.example/huawei/?date=2020-07-15&country=GBR&region=europe&theme=dark',
    );
  });
});
