import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoredDataController } from '../../src/components/shared/stored-data-controller.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import type { AnalyticsClient } from '../../src/worker/client.ts';
import { ClientClosedError } from '../../src/worker/client-closed-error.ts';

/** A host that only keeps its controller and its workspace, as an element inside `<sym-workspace>`. */
function host() {
  const controllers: ReactiveController[] = [];
  const fake = {
    workspace: undefined as WorkspaceState | undefined,
    author: 'ana',
    addController: (c: ReactiveController) => controllers.push(c),
    update: () => controllers.forEach((c) => c.hostUpdate?.()),
  };
  return fake as typeof fake & ReactiveControllerHost;
}

const state = (client: AnalyticsClient | undefined, revision: number, selection = {}): WorkspaceState =>
  ({ status: 'ready', client, revision, selection, request: {}, filter: {}, pending: false }) as unknown as WorkspaceState;

describe('StoredDataController', () => {
  it('reads once the client is there and again only when the stored data or its key change', () => {
    const el = host();
    const loads: string[] = [];
    new StoredDataController(el, () => loads.push(`${el.workspace?.revision}:${el.author}`), () => el.author);
    el.update();
    expect(loads).toEqual([]);
    const client = {} as AnalyticsClient;
    el.workspace = state(client, 0);
    el.update();
    // A new selection or filter publishes a new state with the same data: nothing to read.
    el.workspace = state(client, 0, { unit: 'lyon' });
    el.update();
    el.workspace = { ...el.workspace, pending: true };
    el.update();
    expect(loads).toEqual(['0:ana']);
    el.workspace = state(client, 1);
    el.update();
    el.author = 'tom';
    el.update();
    expect(loads).toEqual(['0:ana', '1:ana', '1:tom']);
  });

  it('settles a read of a workspace closed under it', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const el = host();
      new StoredDataController(el, () => Promise.reject(new ClientClosedError()));
      el.workspace = state({} as AnalyticsClient, 0);
      el.update();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      // Thrown before any promise, too.
      new StoredDataController(el, () => {
        throw new ClientClosedError();
      });
      el.workspace = state({} as AnalyticsClient, 1);
      el.update();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
