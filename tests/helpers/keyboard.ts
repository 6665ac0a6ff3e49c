import type { ReactiveElement } from 'lit';
import { userEvent } from 'vitest/browser';

/**
 * Types `keys` (userEvent.keyboard syntax) and returns what has focus inside `el` once it has
 * rendered the move: roving-focus charts move focus between their marks in their own shadow root.
 */
export async function pressKeys(el: ReactiveElement, keys: string): Promise<Element | null> {
  await userEvent.keyboard(keys);
  await el.updateComplete;
  return el.shadowRoot!.activeElement;
}
