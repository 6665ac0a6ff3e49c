import { afterEach } from 'vitest';
import { deleteDB } from 'idb';
import '../../src/components/workspace/workspace.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import { createAnalyticsClient } from '../../src/worker/client.ts';
import type { AnalyticsClient } from '../../src/worker/client.ts';

/** A database name no other test uses, so that every test starts from an empty IndexedDB. */
export function freshDatabase(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * Runs `use` with a client of its own on `database` and disposes the client even when `use`
 * fails: to fill the database before a view opens it, or to read what the view stored. The
 * client runs in the page unless `inThread: false` asks for the worker.
 */
export async function withClient<T>(database: string, use: (api: AnalyticsClient['api']) => Promise<T>, options: { inThread?: boolean } = {}): Promise<T> {
  const client = await createAnalyticsClient(database, { inThread: options.inThread ?? true });
  try {
    return await use(client.api);
  } finally {
    client.dispose();
  }
}

/** How {@link mountInWorkspace} sets up its workspace, beyond the database name. */
export interface WorkspaceSetup {
  database: string;
  /** Load the built-in sample dataset when the database is empty. */
  sample?: boolean;
  /** Milliseconds the workspace waits after a filter change before it re-runs the analysis. */
  filterDelay?: number;
  /** Language of the workspace, which the elements inside it speak. */
  lang?: string;
}

/**
 * Puts `elements` inside a `<sym-workspace>` on a database (a name, or a {@link WorkspaceSetup})
 * and attaches it to the document, as a page does; the workspace opens the database and provides
 * its client to them by context.
 */
export function mountInWorkspace(setup: string | WorkspaceSetup, ...elements: HTMLElement[]): SymWorkspace {
  const { database, sample, filterDelay, lang } = typeof setup === 'string' ? { database: setup } as WorkspaceSetup : setup;
  const workspace = document.createElement('sym-workspace');
  workspace.database = database;
  if (sample !== undefined) workspace.sample = sample;
  if (filterDelay !== undefined) workspace.filterDelay = filterDelay;
  if (lang) workspace.lang = lang;
  workspace.append(...elements);
  document.body.append(workspace);
  return workspace;
}

/** Opens clients for the tests of one file; see {@link analyticsClients}. */
export interface AnalyticsClients {
  /** Opens a client on `database`: in a worker, or in the page with `inThread`. */
  client(database: string, inThread?: boolean): Promise<AnalyticsClient>;
  /** A database name no other test uses, deleted after the test. */
  freshName(): string;
}

/**
 * Call at the top of a test file: after each test, disposes the clients it opened and then deletes
 * the databases named by `freshName` (an open client would block the deletion).
 */
export function analyticsClients(prefix: string): AnalyticsClients {
  const clients: AnalyticsClient[] = [];
  const names: string[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.dispose();
    for (const name of names.splice(0)) await deleteDB(name);
  });
  return {
    async client(database, inThread = false) {
      const c = await createAnalyticsClient(database, { inThread });
      clients.push(c);
      return c;
    },
    freshName() {
      const name = freshDatabase(prefix);
      names.push(name);
      return name;
    },
  };
}
