import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/workspace/workspace.ts';
import '../src/components/dataset-manager/dataset-manager.ts';
import type { SymDatasetManager } from '../src/components/dataset-manager/dataset-manager.ts';
import { createAnalyticsClient, type AnalyticsClient } from '../src/worker/client.ts';

const survey = [
  'Équipe,Période,Répondant,J’ai les outils nécessaires,Mon manager reconnaît mon travail,eNPS',
  ...Array.from({ length: 48 }, (_, i) => `Lyon ${1 + (i % 3)},2026-Q${3 + (i % 2)},R${100 + i},${1 + (i % 5)},${1 + ((i * 2) % 5)},${i % 11}`),
].join('\r\n');

const feedback = [
  'Magasin;Date;Client;Recommandation;Satisfaction;Commentaire',
  ...Array.from({ length: 1250 }, (_, i) => `Lyon ${1 + (i % 3)};${10 + (i % 18)}/${i % 2 ? '07' : '10'}/2026;C${i};${i % 11};${1 + (i % 5)};${i % 9 ? '' : 'Très bien, merci'}`),
].join('\r\n');

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

/** A fresh database holding a survey and a feedback dataset, imported through the worker as the importer does. */
async function seeded(name: string): Promise<{ database: string }> {
  const database = `story-dataset-manager-${name}-${Date.now()}`;
  const client = await createAnalyticsClient(database);
  try {
    const result = await client.api.importStreamed({
      employees: { name: 'enquete-juillet.csv', data: file(survey, 'enquete-juillet.csv') },
      customers: { name: 'avis-clients.csv', data: file(feedback, 'avis-clients.csv') },
    });
    if (!result.ok) throw new Error(result.error.message);
  } finally {
    client.dispose();
  }
  return { database };
}

const meta: Meta = {
  title: 'Elements/sym-dataset-manager',
  component: 'sym-dataset-manager',
  parameters: {
    docs: { description: { component: 'The stored datasets with rename, delete and CSV export; erasure of one person’s data with its log; workspace backup and restore.' } },
  },
};
export default meta;
type Story = StoryObj;

const DARK = 'background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-surface:#161b22;'
  + '--sym-color-border:#30363d;--sym-color-accent:#1f6feb;--sym-color-focus:#4493f8;--sym-color-danger:#ff7b72;--sym-color-on-danger:#0d1117;--sym-color-success:#3fb950';

const workspace = (database: string, lang = 'en', style = '') => html`
  <div lang=${lang} style=${style}>
    <sym-workspace database=${database}><sym-dataset-manager></sym-dataset-manager></sym-workspace>
  </div>`;

async function ready(canvas: HTMLElement, datasets: number): Promise<SymDatasetManager> {
  const manager = canvas.querySelector('sym-dataset-manager')!;
  await waitFor(() => expect(manager.shadowRoot!.querySelectorAll('[part="dataset"]')).toHaveLength(datasets), { timeout: 15_000 });
  if (datasets === 0) await waitFor(() => expect(manager.shadowRoot!.querySelector('#datasets-heading + p')!.textContent).toContain('No dataset'), { timeout: 15_000 });
  await manager.updateComplete;
  return manager;
}

export const Overview: Story = {
  loaders: [async () => seeded('overview')],
  render: (_args, { loaded }) => workspace(loaded.database as string),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    const text = manager.shadowRoot!.textContent!;
    await expect(text).toContain('enquete-juillet.csv + avis-clients.csv');
    await expect(text).toMatch(/Rows\s*1,250/);
    await expect(text).toContain('No erasure yet.');
  },
};

export const Empty: Story = {
  render: () => workspace(`story-dataset-manager-empty-${Date.now()}`),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 0);
    await expect(manager.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="export-bundle"]')!.disabled).toBe(true);
  },
};

export const ConfirmDelete: Story = {
  loaders: [async () => seeded('confirm')],
  render: (_args, { loaded }) => workspace(loaded.database as string),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    await userEvent.click(manager.shadowRoot!.querySelector('[part="dataset"] [data-action="delete"]')!);
    await waitFor(() => expect(manager.shadowRoot!.querySelector('[part="confirm"]')).not.toBeNull());
    await expect(manager.shadowRoot!.querySelector('[part="confirm"]')!.textContent).toContain('This cannot be undone.');
  },
};

export const ErasureDone: Story = {
  loaders: [async () => seeded('erasure')],
  render: (_args, { loaded }) => workspace(loaded.database as string),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    const root = manager.shadowRoot!;
    await userEvent.type(root.querySelector('#erasure-id')!, 'R105');
    await userEvent.click(root.querySelector('[data-action="review"]')!);
    await userEvent.click(root.querySelector('[part="confirm"] [data-action="confirm"]')!);
    await waitFor(() => expect(root.querySelector('[part="erasure-result"]')!.textContent).toBe('The person’s data was erased: 1 survey row deleted.'), { timeout: 15_000 });
    await waitFor(() => expect(root.querySelectorAll('[part="erasure-log"] tbody tr')).toHaveLength(1));
  },
};

export const Loading: Story = {
  // A client whose worker has not answered yet.
  render: () => {
    const pending = () => new Promise<never>(() => undefined);
    const client = { api: { datasets: pending, erasureLog: pending }, progress: (callback: unknown) => callback, dispose: () => undefined } as unknown as AnalyticsClient;
    return html`<sym-dataset-manager .client=${client}></sym-dataset-manager>`;
  },
  play: async ({ canvasElement }) => {
    const manager = canvasElement.querySelector('sym-dataset-manager')!;
    await manager.updateComplete;
    await expect(manager.shadowRoot!.querySelector('#datasets-heading + p')!.textContent).toBe('Loading the stored datasets…');
  },
};

export const RestoreRefused: Story = {
  loaders: [async () => seeded('refused')],
  render: (_args, { loaded }) => workspace(loaded.database as string),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    const root = manager.shadowRoot!;
    const broken = JSON.stringify({ format: 'symmetry-insights-bundle', version: 1, datasets: [{ id: 7 }] });
    await userEvent.upload(root.querySelector<HTMLInputElement>('#restore-file')!, new File([broken], 'sauvegarde.json', { type: 'application/json' }));
    await waitFor(() => expect(root.querySelector('[part="confirm"] [data-action="confirm"]')).not.toBeNull());
    await userEvent.click(root.querySelector('[part="confirm"] [data-action="confirm"]')!);
    await waitFor(() => expect(root.querySelector('[part="error"] li')).not.toBeNull(), { timeout: 15_000 });
    await expect(root.querySelector('[part="error"]')!.textContent).toContain('sauvegarde.json, datasets[0].id: unexpected value 7.');
    await expect(root.querySelectorAll('[part="dataset"]')).toHaveLength(2);
  },
};

export const NoWorkspace: Story = {
  render: () => html`<sym-dataset-manager></sym-dataset-manager>`,
  play: async ({ canvasElement }) => {
    const manager = canvasElement.querySelector('sym-dataset-manager')!;
    await manager.updateComplete;
    await expect(manager.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('No workspace');
  },
};

export const French: Story = {
  loaders: [async () => seeded('fr')],
  render: (_args, { loaded }) => workspace(loaded.database as string, 'fr'),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    const root = manager.shadowRoot!;
    await expect(root.querySelector('h2')!.textContent).toBe('Données et stockage');
    await expect(root.textContent).toMatch(/Lignes\s*1\u202f250/);
    await expect(root.textContent).toContain('Avis clients');
  },
};

export const Dark: Story = {
  loaders: [async () => seeded('dark')],
  render: (_args, { loaded }) => workspace(loaded.database as string, 'en', DARK),
  play: async ({ canvasElement }) => {
    const manager = await ready(canvasElement, 2);
    await userEvent.click(manager.shadowRoot!.querySelector('[part="dataset"] [data-action="delete"]')!);
    await waitFor(() => expect(manager.shadowRoot!.querySelector('[part="confirm"] .danger')).not.toBeNull());
  },
};
