/*
 * Startup in short tasks. A browser handles a tap, a key or a paint only between tasks, and a slow
 * phone runs a task about four times as long as a fast machine: work at startup is split into
 * pieces with a turn for the browser between them.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, after the browser has had its turn (pending input first):
 * `scheduler.yield()` where the browser has it (it resumes ahead of other queued work), else a
 * MessageChannel message (a task, without the ≥ 4 ms clamp of nested timers); in an environment
 * without either, a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let hydratingPage = false;

/** Called by main.tsx when the page hydrates its prerendered HTML (rather than rendering afresh). */
export function markHydratingPage(): void {
  hydratingPage = true;
}

/**
 * Whether this page hydrated prerendered HTML: content already on screen then, so a part whose code
 * is still on its way shows a placeholder in place rather than suspending (which would put a
 * Suspense fallback over what the reader is looking at).
 */
export function isHydratingPage(): boolean {
  return hydratingPage;
}
