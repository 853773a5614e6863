import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { useParentSize } from '../../../src/charts/useParentSize';
import { FakeIntersectionObserver as FakeIntersection, FakeResizeObserver as FakeResize } from '../fakeObservers';

/** A chart's box: notes the width of each commit and, in `afterFirst`, the commits made by the end of the first commit's task. */
function Box({ commits, afterFirst }: { commits: number[]; afterFirst: number[][] }) {
  const { ref, width } = useParentSize(640);
  useLayoutEffect(() => {
    commits.push(width);
    if (commits.length === 1) queueMicrotask(() => afterFirst.push([...commits]));
  });
  return (
    <div ref={ref} data-width={width}>
      {width}
    </div>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Two prerendered charts hydrated with both observers in place; returns their elements. */
async function hydrateTwo() {
  FakeResize.all = [];
  FakeIntersection.all = [];
  vi.stubGlobal('ResizeObserver', FakeResize);
  vi.stubGlobal('IntersectionObserver', FakeIntersection);
  const tree = (
    <>
      <Box commits={[]} afterFirst={[]} />
      <Box commits={[]} afterFirst={[]} />
    </>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(tree);
  document.body.append(container);
  const measured = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
  const root = hydrateRoot(container, tree);
  await vi.waitFor(() => expect(FakeResize.all.reduce((n, o) => n + o.targets.size, 0)).toBe(2));
  const [first, second] = [...container.querySelectorAll<HTMLElement>('[data-width]')];
  return { container, root, first, second, measured };
}

describe('useParentSize', () => {
  it('a chart mounted in the browser has its measured width before its first paint', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 200 } as DOMRect);
    const commits: number[] = [];
    const afterFirst: number[][] = [];
    const { container } = render(<Box commits={commits} afterFirst={afterFirst} />);
    expect(commits).toEqual([640, 300]);
    expect(container.textContent).toBe('300');
  });

  it('a hydrated chart keeps the server drawing through the hydration task, then takes its measured width in a transition', async () => {
    const html = renderToString(<Box commits={[]} afterFirst={[]} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 200 } as DOMRect);
    const commits: number[] = [];
    const afterFirst: number[][] = [];
    const root = hydrateRoot(container, <Box commits={commits} afterFirst={afterFirst} />);
    await vi.waitFor(() => expect(container.textContent).toBe('300'));
    // No synchronous re-render right after the hydration commit: the new width came in a later task.
    expect(afterFirst[0]).toEqual([640]);
    expect(commits).toEqual([640, 300]);
    root.unmount();
    container.remove();
  });

  it('a hydrated chart reads no box in the hydration commit, and takes its measured width only when it comes within a screen of the viewport', async () => {
    const { container, root, first, second, measured } = await hydrateTwo();
    // No forced layout: the sizes come from the ResizeObserver, after the browser's own layout.
    expect(measured).not.toHaveBeenCalled();
    expect(FakeIntersection.all.map((o) => o.options?.rootMargin)).toEqual(['100% 0px']);
    FakeResize.report(first, 300);
    FakeResize.report(second, 300);
    FakeIntersection.report(first, true);
    FakeIntersection.report(second, false);
    await vi.waitFor(() => expect(first.dataset.width).toBe('300'));
    // The chart further down keeps the server's drawing (scaled by its viewBox) until it comes near.
    expect(second.dataset.width).toBe('640');
    FakeResize.report(second, 280);
    FakeIntersection.report(second, true);
    await vi.waitFor(() => expect(second.dataset.width).toBe('280'));
    // Once near, it follows later sizes at once (a phone turned), wherever it is.
    FakeIntersection.report(second, false);
    FakeResize.report(second, 500);
    await vi.waitFor(() => expect(second.dataset.width).toBe('500'));
    root.unmount();
    container.remove();
  });
});
