import type { ReactiveElement } from 'lit';

/** Tags of the elements that render with Lit, so that mounting can wait for their first render. */
export type ReactiveTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends ReactiveElement ? K : never;
}[keyof HTMLElementTagNameMap];

/**
 * Creates `<tag>`, lets `setup` give it its properties, attaches it to the document inside a host
 * `<div>` (with `lang` when given: elements read the language of an ancestor) and waits for its
 * first render. `document.body.replaceChildren()` after each test takes it away.
 */
export async function mountElement<K extends ReactiveTag>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => undefined,
  lang?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement(tag);
  setup(el);
  host.append(el);
  document.body.append(host);
  await (el as ReactiveElement).updateComplete;
  return el;
}

/** The first match of `selector` in the shadow root of `el`, asserted present (a missing node fails where it is used). */
export function shadowQuery<T extends Element = Element>(el: Element, selector: string): T {
  return el.shadowRoot!.querySelector<T>(selector)!;
}
