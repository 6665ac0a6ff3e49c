import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick } from 'vue';
import { SymmetryPanel } from '../../demo/vue/app.ts';
import { READY_TIMEOUT, expectSelectedMark, expectWiredPanel, mountPanel, unmountPanels } from './embedding.ts';

afterEach(unmountPanels);

describe('Vue embedding (demo/vue)', () => {
  it('renders the elements with workspace data and passes sym-select to a Vue listener', async () => {
    const panel = mountPanel('vue', (container, props) => {
      const app = createApp({ render: () => h(SymmetryPanel, props) });
      app.mount(container);
      return () => app.unmount();
    });
    // Vue sets the props as properties of the custom elements.
    const name = await expectWiredPanel(panel);
    await nextTick();
    // The listener's state change re-rendered the Vue part of the page.
    expect(panel.container.querySelector('.selection')!.textContent).toBe(`Selected unit: ${panel.selected[0]}`);
    await expectSelectedMark(panel.container, name);
  }, READY_TIMEOUT + 30_000);
});
