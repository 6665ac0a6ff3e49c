import type { WorkspaceAccess } from './api-types.ts';

/** Import helpers for the importer: file preview and column mapping suggestions. */
export function importMethods(access: WorkspaceAccess) {
  void access;
  return {};
}
