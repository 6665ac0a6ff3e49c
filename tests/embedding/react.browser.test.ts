import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SymmetryPanel } from '../../demo/react/app.ts';
import { READY_TIMEOUT, expectSelectedMark, expectWiredPanel, mountPanel, unmountPanels } from './embedding.ts';

afterEach(unmountPanels);

describe('React embedding (demo/react)', () => {
  it('renders the elements with workspace data and passes sym-select to a React handler', async () => {
    const panel = mountPanel('react', (container, props) => {
      const root = createRoot(container);
      flushSync(() => root.render(createElement(SymmetryPanel, props)));
      return () => root.unmount();
    });
    // React 19 sets the props as properties of the custom elements.
    const name = await expectWiredPanel(panel);
    // The handler's state update re-rendered the React part of the page.
    await expect.poll(() => panel.container.querySelector('.selection')!.textContent).toBe(`Selected unit: ${panel.selected[0]}`);
    await expectSelectedMark(panel.container, name);
  }, READY_TIMEOUT + 30_000);
});
