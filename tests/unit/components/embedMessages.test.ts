import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedSecret, heightMessages, HEIGHT_MESSAGE_TYPE, linkMessage, postHeights, wordpressSecret } from '../../../src/components/embedMessages';

describe('the formats an embed posts its height in', () => {
  it('speaks Loss Lab’s own, Canvas’s LTI and, only with a secret, WordPress’s', () => {
    expect(heightMessages(812, null)).toEqual([
      { type: HEIGHT_MESSAGE_TYPE, height: 812 },
      { subject: 'lti.frameResize', height: 812 },
    ]);
    expect(heightMessages(812, 'a1B2c3')).toEqual([
      { type: 'loss-lab:height', height: 812 },
      { subject: 'lti.frameResize', height: 812 },
      { message: 'height', value: 812, secret: 'a1B2c3' },
    ]);
    expect(linkMessage('https://uni.example/ll/?panel=more', 'abc')).toEqual({ message: 'link', value: 'https://uni.example/ll/?panel=more', secret: 'abc' });
  });

  it('reads WordPress’s secret from the fragment wp-embed.js appends, letters and digits only', () => {
    expect(wordpressSecret('#?secret=k3j4h5g6f7')).toBe('k3j4h5g6f7');
    expect(wordpressSecret('#?foo=1&secret=Ab9')).toBe('Ab9');
    expect(wordpressSecret('#?secret=Ab9&x=2')).toBe('Ab9');
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#secret=abc')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(wordpressSecret('#?secret=a"b')).toBeNull();
    expect(wordpressSecret('#?secret=ab%20c')).toBeNull();
    expect(wordpressSecret('#?notsecret=abc')).toBeNull();
  });
});

/** A window inside a frame: a parent that records what it receives, a ResizeObserver we drive by hand. */
function framedWindow(hash: string) {
  const received: unknown[] = [];
  const parent = { postMessage: (data: unknown) => received.push(data) };
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    parent,
    location: { hash },
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
  };
  const send = (data: unknown, source: unknown = parent) => listeners.forEach((listener) => listener({ data, source } as MessageEvent));
  return { win: win as unknown as Window, received, send, listeners };
}

let resize: (() => void) | undefined;
let disconnected = false;
class FakeResizeObserver {
  constructor(callback: () => void) {
    resize = callback;
  }
  observe() {}
  disconnect() {
    disconnected = true;
  }
}

function element(heights: number[]): Element {
  let i = 0;
  return { getBoundingClientRect: () => ({ height: heights[Math.min(i++, heights.length - 1)] }) } as unknown as Element;
}

describe('postHeights', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resize = undefined;
    disconnected = false;
  });

  it('posts every format once now and again only when the height changes, then stops', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { win, received, listeners } = framedWindow('');
    const stop = postHeights(win, element([400.2, 401, 401, 650]));
    expect(received).toEqual(heightMessages(401, null));
    resize?.(); // 401 again: nothing new
    expect(received).toHaveLength(2);
    resize?.();
    resize?.();
    expect(received.slice(2)).toEqual(heightMessages(650, null));
    stop();
    expect(disconnected).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('answers WordPress’s ready from the parent with its secret, and nothing else', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { win, received, send } = framedWindow('#?secret=s3cr3t');
    postHeights(win, element([500]));
    expect(received).toEqual(heightMessages(500, 's3cr3t'));
    send({ message: 'ready', secret: 'other' });
    send({ message: 'ready', secret: 's3cr3t' }, {});
    send('{"message":"ready","secret":"s3cr3t"}');
    expect(received).toHaveLength(3);
    send({ message: 'ready', secret: 's3cr3t' });
    expect(received.slice(3)).toEqual(heightMessages(500, 's3cr3t'));
  });

  it('adopts the secret of a WordPress host’s ready when its src had none (wp-embed.js appended it late)', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { win, received, send } = framedWindow('');
    postHeights(win, element([500]));
    send({ message: 'ready', secret: 'bad secret' });
    expect(embedSecret(win)).toBeNull();
    send({ message: 'ready', secret: 'late1' });
    expect(embedSecret(win)).toBe('late1');
    expect(received.slice(2)).toEqual(heightMessages(500, 'late1'));
    send({ message: 'ready', secret: 'other2' });
    expect(received).toHaveLength(5);
  });

  it('posts nothing from a page that is not in a frame', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { win, received } = framedWindow('#?secret=abc');
    (win as unknown as { parent: unknown }).parent = win;
    postHeights(win, element([500]));
    expect(received).toEqual([]);
    expect(resize).toBeUndefined();
  });
});
