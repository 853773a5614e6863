import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { useEffect, useLayoutEffect } from 'react';
import { ClientOnly, useHydrated } from '../../../src/components/ClientOnly';

/**
 * Notes the value each commit shows, and (in `afterFirst`) the commits made by the end of the task
 * that ran the first commit's effects (where the switch is scheduled).
 */
function Probe({ commits, afterFirst }: { commits: boolean[]; afterFirst?: boolean[] }) {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    commits.push(hydrated);
  });
  useEffect(() => {
    // A microtask runs once the current task is done, before any other task.
    if (commits.length === 1 && afterFirst) queueMicrotask(() => afterFirst.push(...commits));
  });
  return <span data-hydrated={String(hydrated)}>{hydrated ? 'browser' : 'server'}</span>;
}

const view = (commits: boolean[], afterFirst?: boolean[]) => (
  <div>
    <Probe commits={commits} afterFirst={afterFirst} />
    <ClientOnly placeholder={<i>placeholder</i>}>
      <b>client</b>
    </ClientOnly>
  </div>
);

describe('useHydrated / ClientOnly', () => {
  it('the server HTML holds the placeholder; hydrating keeps it without a mismatch, then switches once', async () => {
    const html = renderToString(view([]));
    expect(html).toContain('placeholder');
    expect(html).not.toContain('client');
    expect(html).toContain('server');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverNodes = [...container.querySelectorAll('span, i')];
    const commits: boolean[] = [];
    const afterFirst: boolean[] = [];
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    // As in the browser (no act(): React schedules its own tasks).
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const root = hydrateRoot(container, view(commits, afterFirst), { onRecoverableError });
    await vi.waitFor(() => expect(commits).toContain(true));
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    // Hydrated as it was (the first commit shows the server's value), then switched in a later task:
    // not in a synchronous re-render straight after the hydration commit, in the same task.
    expect(commits[0]).toBe(false);
    expect(afterFirst).toEqual([false]);
    expect(commits.at(-1)).toBe(true);
    expect(commits.filter((value) => value)).toHaveLength(1);
    expect(container.querySelector('b')?.textContent).toBe('client');
    expect(container.querySelector('i')).toBeNull();
    // The span is the server's own element, hydrated in place.
    expect(serverNodes[0].isConnected).toBe(true);
    expect(container.querySelector('span')?.textContent).toBe('browser');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    act(() => root.unmount());
    container.remove();
  });

  it('a component the browser mounts afresh is hydrated from its first commit', () => {
    const commits: boolean[] = [];
    const { container } = render(view(commits));
    expect(commits).toEqual([true]);
    expect(container.querySelector('b')?.textContent).toBe('client');
    expect(container.querySelector('i')).toBeNull();
  });
});
