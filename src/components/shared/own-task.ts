import { LitElement } from 'lit';

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Base of the heavy views: each renders in a task of its own, so that when one analysis reaches
 * every view of a dashboard their renders do not add up to one long main-thread task.
 */
export class OwnTaskElement extends LitElement {
  protected override async scheduleUpdate(): Promise<void> {
    await nextTask();
    super.scheduleUpdate();
  }
}
