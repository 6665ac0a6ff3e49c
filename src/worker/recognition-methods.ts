import type { WorkspaceAccess } from './api-types.ts';

/** Recognition: stories, consent, moderation, nominations and kudos. */
export function recognitionMethods(access: WorkspaceAccess) {
  void access;
  return {};
}
