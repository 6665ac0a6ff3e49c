import type { WorkspaceAccess } from './api-types.ts';

/** Dataset management: list, rename, delete, erasure, bundle export and restore, CSV export. */
export function datasetMethods(access: WorkspaceAccess) {
  void access;
  return {};
}
