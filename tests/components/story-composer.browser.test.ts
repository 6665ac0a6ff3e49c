import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/story-composer/story-composer.ts';
import type { SymStoryComposer } from '../../src/components/story-composer/story-composer.ts';
import type { Unit } from '../../src/model/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as field } from '../helpers/mount.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const units: Unit[] = [{ id: 'lyon-care', name: 'Service Client', people: ['Élodie M.', 'Tom T.'] }];

const mount = (lang?: string): Promise<SymStoryComposer> => mountElement('sym-story-composer', (el) => {
  el.units = units;
  el.author = 'Ana R.';
}, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-story-composer>', () => {
  it('has no axe violations, with a person, a quote without consent and the rules open', async () => {
    const el = await mount();
    expect(await axeViolations(el)).toEqual([]);
    el.draft = { ...el.draft, unit: 'lyon-care', people: ['Élodie M.'], peopleConsent: { 'Élodie M.': { given: false } }, customerQuote: 'Merci Élodie' };
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('is usable with the keyboard: type, add a person with Enter, toggle a value with Space', async () => {
    const el = await mount();
    field<HTMLInputElement>(el, '#title').focus();
    await userEvent.keyboard('A stuck case solved');
    expect(el.draft.title).toBe('A stuck case solved');
    field<HTMLInputElement>(el, '#person').focus();
    await userEvent.keyboard('Élodie M.{Enter}');
    await el.updateComplete;
    expect(el.draft.people).toEqual(['Élodie M.']);
    const care = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.values button')].find((b) => b.textContent === 'Care')!;
    care.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.draft.values).toEqual(['care']);
    expect(care.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the rules as they are met, warns about missing consent and previews the anonymised story', async () => {
    const el = await mount();
    el.draft = {
      ...el.draft, title: 'Élodie M. saved the day', body: 'Élodie called the customer back the next morning as promised.', unit: 'lyon-care',
      people: ['Élodie M.'], peopleConsent: { 'Élodie M.': { given: false } }, values: ['care'], customerQuote: 'Merci Élodie', consent: { given: false },
    };
    await el.updateComplete;
    const rule = (id: string) => el.shadowRoot!.querySelector(`[data-rule="${id}"] .mark`)!.getAttribute('data-state');
    expect(rule('complete')).toBe('passed');
    expect(rule('customer-consent')).toBe('failed');
    expect(rule('people-consent')).toBe('failed');
    expect(rule('respectful')).toBe('manual');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('The customer has not agreed to be quoted');
    expect(text).toContain('Not agreed to be named yet: Élodie M.');
    const preview = field(el, '[data-preview]').textContent!;
    expect(preview).toContain('É. saved the day');
    expect(preview).not.toContain('Merci');
  });

  it('refuses to submit an incomplete story and says which rules', async () => {
    const el = await mount();
    let submitted = false;
    el.addEventListener('sym-story-submit', () => (submitted = true));
    field<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(submitted).toBe(false);
    expect(field(el, '[part=status]').textContent).toContain('Not submitted yet: A title and the story, A company value');
  });

  it('speaks French', async () => {
    const el = await mount('fr');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Raconter une histoire client');
    expect(text).toContain('Esprit d’équipe');
    expect(text).toContain('Le client accepte d’être cité');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('autosaves the draft to IndexedDB and submits it through the workspace', async () => {
    const database = freshDatabase('composer');
    const el = document.createElement('sym-story-composer');
    el.author = 'Ana R.';
    el.autosaveDelay = 50;
    const workspace = mountInWorkspace(database, el);
    await until(() => workspace.state.client !== undefined && el.workspace?.client !== undefined);
    const saved: string[] = [];
    el.addEventListener('sym-draft-save', (e) => saved.push(e.detail.id));

    field<HTMLInputElement>(el, '#title').focus();
    await userEvent.keyboard('Tom and the printer');
    await until(() => saved.length > 0);

    await withClient(database, async (api) => {
      const stored = await api.loadDraft(el.draft.id);
      expect(stored?.title).toBe('Tom and the printer');
      expect(stored?.author).toBe('Ana R.');

      // Another composer picks the draft up where it was left.
      const resumed = document.createElement('sym-story-composer');
      resumed.draftId = el.draft.id;
      workspace.append(resumed);
      await until(() => resumed.draft.title === 'Tom and the printer');
      resumed.remove();

      el.draft = {
        ...el.draft, body: 'Tom fixed the printer before the morning rush, so no customer waited.', unit: 'lyon-care', values: ['initiative'],
        people: ['Tom T.'], peopleConsent: { 'Tom T.': { given: true, at: '2026-03-01', how: 'in-app' } },
      };
      const id = el.draft.id;
      const submitted = new Promise<string>((resolve) => el.addEventListener('sym-story-submit', (e) => resolve(e.detail.story.id), { once: true }));
      field<HTMLButtonElement>(el, 'button[type=submit]').click();
      expect(await submitted).toBe(id);
      const pending = await api.storiesByStatus('submitted');
      expect(pending.map((s) => s.id)).toEqual([id]);
      expect(await api.loadDraft(id)).toBeUndefined();
      const audit = await api.auditLog({ subject: 'story', subjectId: id });
      expect(audit.map((a) => a.action).sort()).toEqual(['consent-person', 'submitted']);
      // The form is ready for the next story.
      expect(el.draft.id).not.toBe(id);
      expect(field(el, '[part=status]').textContent).toContain('Submitted');
    });
  }, 60_000);
});
