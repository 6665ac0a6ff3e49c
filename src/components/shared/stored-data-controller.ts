import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnalyticsClient } from '../../worker/client.ts';
import { ClientClosedError } from '../../worker/client-closed-error.ts';
import type { WorkspaceState } from './workspace-context.ts';

/**
 * Reads stored records (stories, nominations, kudos, units…) for an element inside a
 * `<sym-workspace>`: calls `load` when the workspace's client arrives and again whenever its
 * stored data changes (`revision`), but not on selection, filter or pending-state changes, which
 * also publish a new workspace state. `key` adds the host's own inputs (an author, say) that
 * change what is read.
 */
export class StoredDataController implements ReactiveController {
  private loaded?: { client: AnalyticsClient; revision: number; key: unknown };

  constructor(
    private readonly host: ReactiveControllerHost & { workspace?: WorkspaceState },
    private readonly load: (client: AnalyticsClient) => unknown,
    private readonly key: () => unknown = () => undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const workspace = this.host.workspace;
    const client = workspace?.client;
    if (!client) return;
    const key = this.key();
    const last = this.loaded;
    if (last && last.client === client && last.revision === workspace.revision && last.key === key) return;
    this.loaded = { client, revision: workspace.revision, key };
    // A workspace closed while the read was under way leaves nothing to show: not an error.
    let reading: unknown;
    try {
      reading = this.load(client);
    } catch (error) {
      reading = Promise.reject(error);
    }
    void Promise.resolve(reading).catch((error: unknown) => {
      if (!(error instanceof ClientClosedError)) throw error;
    });
  }
}
