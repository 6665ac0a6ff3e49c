import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/story-card/story-card.ts';
import type { Story as RecognitionStory } from '../src/model/types.ts';

const story: RecognitionStory = {
  id: 'story-101',
  title: 'Camille turned a complaint into loyalty',
  body: 'A customer called for the third time about a wrong invoice.\n\n**Camille Martin** took the case from the start:\n- called the billing team while the customer waited\n- *kept* her promise to call back the next day\n\nThe customer renewed for two years. Case notes: https://example.com/cases/101',
  unit: 'lyon-front',
  people: ['Camille Martin', 'Hugo Bernard'],
  peopleConsent: { 'Camille Martin': { given: true, at: '2025-02-10', how: 'in app' }, 'Hugo Bernard': { given: false } },
  values: ['care', 'listening'],
  customerQuote: 'Camille restored my faith in your company.',
  consent: { given: true, at: '2025-02-10', how: 'email' },
  metricLink: { unit: 'lyon-front', metric: 'nps', from: '2025-Q1', to: '2025-Q3' },
  status: 'published',
  reactions: 42,
  createdAt: '2025-02-11T10:15:00Z',
};

const withoutConsent: RecognitionStory = {
  ...story,
  id: 'story-102',
  title: 'Hugo Bernard found the missing document',
  body: 'Hugo found the missing document in one morning and explained the next steps in plain words.',
  people: ['Hugo Bernard'],
  customerQuote: 'Hugo saved my small business.',
  consent: { given: false },
  metricLink: undefined,
};

const meta: Meta = {
  title: 'Elements/sym-story-card',
  component: 'sym-story-card',
  parameters: { docs: { description: { component: 'One recognition story, consent applied: the customer quote only with the customer\'s consent, names only with each person\'s consent. Shares as a PNG image or a self-contained HTML snippet.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<div style="max-width:36rem"><sym-story-card unit-name="Lyon Front Desk" .story=${story}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    const root = card.shadowRoot!;
    await expect(root.querySelector('.body strong')!.textContent).toBe('Camille Martin');
    await expect(root.querySelector('.body a')!.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await expect(root.querySelector('.people')!.textContent!.replace(/\s+/g, ' ')).toBe('Recognised: Camille Martin, a team member');
    await expect(root.querySelector('.metric')!.textContent).toBe('Linked to NPS, Q1 2025 to Q3 2025');
    const shared: string[] = [];
    card.addEventListener('sym-story-share', (event) => {
      event.preventDefault();
      shared.push(event.detail.format);
    });
    await userEvent.click(root.querySelector('button[data-share=html]')!);
    await waitFor(() => expect(shared).toEqual(['html']));
  },
};

export const Anonymised: Story = {
  render: () => html`<div style="max-width:36rem"><sym-story-card unit-name="Paris Phone" .story=${withoutConsent}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    const text = card.shadowRoot!.textContent!;
    await expect(text).not.toContain('Hugo');
    await expect(card.shadowRoot!.querySelector('blockquote')).toBeNull();
  },
};

export const Compact: Story = {
  render: () => html`<div style="max-width:24rem"><sym-story-card compact unit-name="Lyon Front Desk" .story=${story}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
  },
};

export const Empty: Story = {
  render: () => html`<sym-story-card></sym-story-card>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.textContent).toContain('No story to show.');
  },
};

export const HostileText: Story = {
  render: () => html`<div style="max-width:36rem"><sym-story-card .unitName=${'<b>Unit</b>'} .story=${{
    ...story,
    title: '<img src=x onerror="document.title=1">',
    body: '<script>document.title = 1</script>\n\n[click](javascript:alert(1)) https://example.com/"onmouseover="x',
  }}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    const root = card.shadowRoot!;
    await expect(root.querySelector('img, script')).toBeNull();
    await expect(root.querySelector('[role=heading]')!.textContent).toBe('<img src=x onerror="document.title=1">');
    await expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com/']);
  },
};

export const French: Story = {
  render: () => html`<div lang="fr" style="max-width:36rem"><sym-story-card unit-name="Accueil Lyon" .story=${story}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.textContent).toContain('11 février 2025');
    await expect(card.shadowRoot!.querySelector('.metric')!.textContent).toBe('Liée au NPS, de T1 2025 à T3 2025');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;max-width:38rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#30363d;--sym-color-surface:#161b22;--sym-story-card-background:#0d1117;--sym-story-accent:#4493f8;--sym-story-quote-background:#161b22;--sym-story-tag-background:#0c2d6b;--sym-story-tag-color:#cae8ff;--sym-story-metric-color:#a5d6ff">
    <sym-story-card unit-name="Lyon Front Desk" .story=${story}></sym-story-card></div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('sym-story-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelectorAll('.values li')).toHaveLength(2);
  },
};
