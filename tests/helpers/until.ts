/**
 * Polls `check` until it holds, for state that settles over several tasks (IndexedDB, the
 * worker, a workspace's context): throws after `timeout` ms.
 */
export async function until(check: () => boolean, timeout = 15_000, interval = 25): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, interval));
  }
}
