import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/drivers/drivers.ts';
import type { DriversData } from '../src/components/drivers/drivers.types.ts';

const rSquared = 0.42;
const shares: [string, number, number][] = [
  ['recognition', 28.4, 0.31],
  ['manager_support', 22.1, 0.29],
  ['workload', 18.6, -0.27],
  ['autonomy', 12.9, 0.22],
  ['development', 10.2, 0.18],
  ['wellbeing', 7.8, 0.15],
];
const data: DriversData = {
  outcome: 'nps',
  n: 142,
  rSquared,
  drivers: shares.map(([id, rescaled, r]) => ({ id, rescaled, r, rawWeight: (rescaled / 100) * rSquared })),
};

const meta: Meta = {
  title: 'Elements/sym-drivers',
  component: 'sym-drivers',
  parameters: { docs: { description: { component: 'Key drivers of an outcome: relative weights (percent of R²) with each driver’s plain correlation.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-drivers .data=${data}></sym-drivers>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    const root = drivers.shadowRoot!;
    const rows = root.querySelectorAll<HTMLElement>('.bar-row');
    await expect(rows).toHaveLength(6);
    await expect(rows[0]!.textContent).toContain('r = +0.31');
    await expect(rows[2]!.textContent).toContain('r = -0.27');
    await expect(root.querySelector('figcaption')!.textContent).toContain('R² = 0.42');
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(root.activeElement?.getAttribute('aria-label')).toContain('2. Manager support'));
  },
};

export const Refused: Story = {
  render: () => html`<sym-drivers .data=${{ ...data, n: 24, drivers: [], refused: { reason: 'too-few-units', needed: 60, n: 24 } } satisfies DriversData}></sym-drivers>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    const root = drivers.shadowRoot!;
    await expect(root.querySelector('.refusal')!.textContent).toBe('Only 24 units: key-driver analysis needs at least 60 (10 per driver, minimum 30).');
    await expect(root.querySelectorAll('.bar-row')).toHaveLength(0);
  },
};

export const Empty: Story = {
  render: () => html`<sym-drivers></sym-drivers>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    await expect(drivers.shadowRoot!.textContent).toContain('No driver analysis to show yet.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-drivers .data=${data}></sym-drivers></div>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    const root = drivers.shadowRoot!;
    await expect(root.querySelector('.bar-row .label')!.textContent).toBe('Reconnaissance');
    await expect(root.querySelector('.bar-row .r')!.textContent).toBe('r = +0,31');
    await expect(root.querySelector('figcaption')!.textContent).toContain('R² = 0,42');
  },
};

export const Narrow: Story = {
  render: () => html`<div style="width:360px"><sym-drivers .data=${data}></sym-drivers></div>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    const row = drivers.shadowRoot!.querySelector('.bar-row')!;
    await expect(row.getBoundingClientRect().width).toBeLessThanOrEqual(360);
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-drivers-track-color:#21262d;--sym-drivers-bar-color:#4493f8;--sym-drivers-negative-color:#f0883e">
    <sym-drivers .data=${data}></sym-drivers></div>`,
  play: async ({ canvasElement }) => {
    const drivers = canvasElement.querySelector('sym-drivers')!;
    await drivers.updateComplete;
    await expect(drivers.shadowRoot!.querySelectorAll('.bar-row')).toHaveLength(6);
  },
};
