import '../src/index.ts';

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const saved = localStorage.getItem('symmetry-demo-lang');
if (saved === 'en' || saved === 'fr') document.documentElement.lang = saved;
langSelect.value = document.documentElement.lang;
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
  localStorage.setItem('symmetry-demo-lang', langSelect.value);
});

// Tests and benchmarks wait on this flag: the first results are on screen.
document.querySelector('sym-workspace')!.addEventListener('sym-data-change', (event) => {
  document.body.dataset.status = event.detail.status;
  requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
    performance.mark('symmetry-ready');
  });
});
