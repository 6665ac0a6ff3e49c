/**
 * Resolves in a new task. Heavy views await it in `scheduleUpdate()`, so that when one analysis
 * reaches every view of a dashboard each view renders in a task of its own, instead of all of
 * them adding up to one long main-thread task.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
