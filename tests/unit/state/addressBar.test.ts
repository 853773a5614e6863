import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAddressBar, flushAddressWrites, liveHref, URL_WRITE_MAX_MS, URL_WRITE_REST_MS } from '../../../src/state/addressBar';

// A drag rewrites the address once the values rest (or every URL_WRITE_MAX_MS), not on every step;
// whatever reads the address to share or link it still gets the view as shown.
describe('createAddressBar: coalesced rewrites', () => {
  let unsubscribe: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?panel=surrogate');
  });
  afterEach(() => {
    unsubscribe();
    vi.useRealTimers();
  });
  const open = () => {
    const address = createAddressBar(window);
    unsubscribe = address.subscribe(() => {});
    return address;
  };

  it('writes the latest values once they rest, and liveSearch has them at once', () => {
    const address = open();
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let i = 1; i <= 5; i++) address.replaceSoon(`?panel=surrogate&m=${i}`);
    expect(window.location.search).toBe('?panel=surrogate');
    expect(address.liveSearch()).toBe('?panel=surrogate&m=5');
    vi.advanceTimersByTime(URL_WRITE_REST_MS - 1);
    expect(window.location.search).toBe('?panel=surrogate');
    vi.advanceTimersByTime(1);
    expect(window.location.search).toBe('?panel=surrogate&m=5');
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('writes at least every URL_WRITE_MAX_MS while the values keep moving', () => {
    const address = open();
    const step = 16;
    let seen = 0;
    for (let t = 0; t <= URL_WRITE_MAX_MS; t += step) {
      address.replaceSoon(`?panel=surrogate&m=${t}`);
      vi.advanceTimersByTime(step);
      if (window.location.search !== '?panel=surrogate') seen++;
    }
    expect(seen).toBeGreaterThan(0);
    expect(Number(new URLSearchParams(window.location.search).get('m'))).toBeGreaterThan(URL_WRITE_MAX_MS - 2 * step);
  });

  it('liveHref and flushAddressWrites write what is pending, keeping the hash', () => {
    const address = open();
    window.history.replaceState(null, '', '/?panel=surrogate#formulas');
    address.replaceSoon('?panel=surrogate&m=2');
    expect(liveHref()).toBe(`${window.location.origin}/?panel=surrogate&m=2#formulas`);
    address.replaceSoon('?panel=surrogate&m=3');
    flushAddressWrites();
    expect(window.location.search).toBe('?panel=surrogate&m=3');
  });

  it('a new view keeps the values in the entry it leaves; Back drops a write meant for the entry left', () => {
    const address = open();
    address.replaceSoon('?panel=surrogate&m=2');
    address.push('?panel=softmax');
    expect(window.location.search).toBe('?panel=softmax');
    expect(address.lastEntries('surrogate')).toEqual([['m', '2']]);
    address.replaceSoon('?panel=softmax&temperature=3');
    window.history.pushState(null, '', '/?panel=neuron'); // as history would bring another entry back
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(URL_WRITE_MAX_MS);
    expect(window.location.search).toBe('?panel=neuron');
    expect(address.getView().search).toBe('?panel=neuron');
  });

  it('hiding the page writes at once (a reload or bookmark sees the view)', () => {
    const address = open();
    address.replaceSoon('?panel=surrogate&m=4');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?panel=surrogate&m=4');
  });
});
