import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/workspace/workspace.ts';
import '../src/components/importer/importer.ts';
import type { SymImporter } from '../src/components/importer/importer.ts';

const survey = [
  'Horodateur,Équipe,Période,J’ai les outils nécessaires,Mon manager reconnaît mon travail,Recommanderiez-vous l’entreprise ?',
  ...Array.from({ length: 24 }, (_, i) => `15/07/2026 09:${String(10 + i).padStart(2, '0')},Lyon ${1 + (i % 3)},2026-Q3,${1 + (i % 5)},${1 + ((i * 2) % 5)},${i % 11}`),
].join('\r\n');

const feedback = (rows: number, extra = '') => [
  'Magasin;Date de réponse;Recommandation;Satisfaction;Effort;Résolu au premier contact;Commentaire',
  ...Array.from({ length: rows }, (_, i) => `Lyon ${1 + (i % 3)};${10 + (i % 18)}/07/2026;${i % 11};${1 + (i % 5)};${1 + (i % 7)};${i % 2 ? 'oui' : 'non'};${i % 4 ? '' : 'Très bien, merci'}`),
].join('\r\n') + extra;

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

const meta: Meta = {
  title: 'Elements/sym-importer',
  component: 'sym-importer',
  parameters: {
    docs: { description: { component: 'Drop or pick survey and feedback exports, check the preview and column roles, import with progress and cancel, read the problems or the summary.' } },
  },
};
export default meta;
type Story = StoryObj;

const workspace = (name: string, lang?: string, style = '') => html`
  <div lang=${lang ?? 'en'} style=${style}>
    <sym-workspace database=${`story-importer-${name}-${Date.now()}`}><sym-importer></sym-importer></sym-workspace>
  </div>`;

async function ready(canvas: HTMLElement): Promise<SymImporter> {
  const importer = canvas.querySelector('sym-importer')!;
  await waitFor(() => expect(importer.workspace?.client).toBeDefined(), { timeout: 10_000 });
  await importer.updateComplete;
  return importer;
}

async function pick(importer: SymImporter, kind: 'employees' | 'customers', f: File): Promise<void> {
  const input = importer.shadowRoot!.querySelector<HTMLInputElement>(`#file-${kind}`)!;
  await userEvent.upload(input, f);
  await waitFor(() => expect(importer.shadowRoot!.querySelector(`.table-wrap[data-kind="${kind}"] tbody tr`)).not.toBeNull(), { timeout: 10_000 });
}

export const Overview: Story = {
  render: () => workspace('overview'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await pick(importer, 'employees', file(survey, 'enquete-juillet.csv'));
    await pick(importer, 'customers', file(feedback(30), 'avis-clients.csv'));
    const root = importer.shadowRoot!;
    await expect(root.querySelector<HTMLSelectElement>('#role-employees-1')!.value).toBe('unit');
    await expect(root.querySelector<HTMLSelectElement>('#role-employees-5')!.value).toBe('enps');
    await expect(root.textContent).toContain('semicolon-separated');
  },
};

export const Empty: Story = {
  render: () => workspace('empty'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await expect(importer.shadowRoot!.querySelector<HTMLButtonElement>('[part="import-button"]')!.disabled).toBe(true);
  },
};

export const Problems: Story = {
  render: () => workspace('problems'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await pick(importer, 'employees', file(survey, 'enquete.csv'));
    await pick(importer, 'customers', file(feedback(12, '\r\nLyon 1;32/07/2026;11;5;2;peut-être;'), 'avis.csv'));
    await userEvent.click(importer.shadowRoot!.querySelector('[part="import-button"]')!);
    await waitFor(() => expect(importer.shadowRoot!.querySelectorAll('section[part="problems"] li')).toHaveLength(3), { timeout: 10_000 });
    await expect(importer.shadowRoot!.querySelector('section[part="problems"]')!.textContent).toContain('avis.csv, line 14, column "Recommandation": expected a whole number from 0 to 10, got "11".');
  },
};

export const Imported: Story = {
  render: () => workspace('imported'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await pick(importer, 'employees', file(survey, 'enquete.csv'));
    await pick(importer, 'customers', file(feedback(40, '\r\nLyon 1;20/07/2026;11;5;2;oui;'), 'avis.csv'));
    await userEvent.click(importer.shadowRoot!.querySelector('input[value="skip-invalid"]')!);
    await userEvent.click(importer.shadowRoot!.querySelector('[part="import-button"]')!);
    await waitFor(() => expect(importer.shadowRoot!.querySelector('[part="summary"]')).not.toBeNull(), { timeout: 10_000 });
    await expect(importer.shadowRoot!.querySelector('[part="summary"]')!.textContent).toContain('24 employee responses and 40 customer answers');
  },
};

export const NoWorkspace: Story = {
  render: () => html`<sym-importer></sym-importer>`,
  play: async ({ canvasElement }) => {
    const importer = canvasElement.querySelector('sym-importer')!;
    await importer.updateComplete;
    await expect(importer.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('place the importer inside');
  },
};

export const French: Story = {
  render: () => workspace('fr', 'fr'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await pick(importer, 'customers', file(feedback(25), 'avis-clients.csv'));
    const root = importer.shadowRoot!;
    await expect(root.querySelector('h2')!.textContent).toBe('Importer des données');
    await expect(root.textContent).toContain('séparé par des points-virgules · virgule décimale');
    await expect(root.querySelector('label[for="role-customers-0"]')!.textContent).toContain('Magasin');
  },
};

export const Dark: Story = {
  render: () => workspace('dark', 'en',
    'background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-color-accent:#1f6feb;--sym-color-focus:#4493f8;--sym-color-danger:#ff7b72;--sym-color-success:#3fb950'),
  play: async ({ canvasElement }) => {
    const importer = await ready(canvasElement);
    await pick(importer, 'employees', file(survey, 'enquete.csv'));
    await expect(importer.shadowRoot!.querySelectorAll('select[id^="role-employees-"]')).toHaveLength(6);
  },
};
