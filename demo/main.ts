import '../src/index.ts';

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const saved = localStorage.getItem('symmetry-demo-lang');
if (saved === 'en' || saved === 'fr') document.documentElement.lang = saved;
langSelect.value = document.documentElement.lang;
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')];

function translateNav(): void {
  const lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  for (const link of navLinks) {
    link.textContent = link.dataset[lang] ?? link.textContent;
    const view = document.getElementById(`view-${link.dataset.view}`);
    view?.setAttribute('aria-label', link.textContent ?? '');
  }
}

langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
  localStorage.setItem('symmetry-demo-lang', langSelect.value);
  translateNav();
});
translateNav();

// Elements of hidden views wait here, disconnected, so they do not re-render on every analysis.
const parked = new Map<HTMLElement, DocumentFragment>();

// One view at a time, chosen by the URL hash so each view can be linked and the back button works.
function showView(): void {
  const current = location.hash.slice(1) || 'dashboard';
  for (const link of navLinks) {
    const active = link.dataset.view === current;
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    const view = document.getElementById(`view-${link.dataset.view}`);
    if (!view) continue;
    view.hidden = !active;
    const waiting = parked.get(view);
    if (active && waiting) {
      view.append(waiting);
      parked.delete(view);
    } else if (!active && !waiting) {
      const fragment = document.createDocumentFragment();
      fragment.append(...view.childNodes);
      parked.set(view, fragment);
    }
  }
}
window.addEventListener('hashchange', showView);
showView();

// Tests and benchmarks wait on this flag: the first results are on screen.
document.querySelector('sym-workspace')!.addEventListener('sym-data-change', (event) => {
  document.body.dataset.status = event.detail.status;
  requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
    performance.mark('symmetry-ready');
  });
});

// "Revise" in the author's list opens the draft in the composer above it.
document.getElementById('view-stories')?.addEventListener('sym-draft-open', (event) => {
  const composer = document.querySelector<HTMLElementTagNameMap['sym-story-composer']>('#view-stories sym-story-composer');
  if (composer) {
    composer.draftId = event.detail.id;
    composer.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
});
