import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, translation } from '../../i18n/format.ts';
import type { Lang, Translation } from '../../i18n/translation.ts';

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** Finds the nearest `lang`, crossing shadow-root boundaries up to `<html>`. */
function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return toLang(typeof navigator === 'undefined' ? 'en' : navigator.language);
}

/**
 * Gives an element its language (own `lang`, closest ancestor, `<html lang>`, then the browser)
 * and re-renders it when any `lang` attribute in the document changes.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get t(): Translation {
    return translation(this.lang);
  }

  hostConnected(): void {
    hosts.add(this);
    this.lang = resolveLang(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  private refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
