import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { useParentSize } from '../../../src/charts/useParentSize';

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

afterEach(() => vi.restoreAllMocks());

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
});
