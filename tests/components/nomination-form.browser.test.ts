import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/nomination-form/nomination-form.ts';
import type { SymNominationForm } from '../../src/components/nomination-form/nomination-form.ts';
import type { Unit } from '../../src/model/types.ts';
import type { Nomination } from '../../src/recognition/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as q } from '../helpers/mount.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const units: Unit[] = [
  { id: 'lyon', name: 'Lyon' },
  { id: 'care', name: 'Customer Care', parentId: 'lyon', people: ['Zoë A.', 'Tom T.', 'Tom B.'] },
  { id: 'chat', name: 'Live Chat', parentId: 'lyon', people: ['Raj P.'] },
];

const mount = (options: { lang?: string; customer?: string } = {}): Promise<SymNominationForm> => mountElement('sym-nomination-form', (el) => {
  el.units = units;
  el.period = '2026-Q2';
  if (options.customer) el.customer = options.customer;
}, options.lang);

/** Fills the form with the keyboard only, from the first field. */
async function fillByKeyboard(el: SymNominationForm, values: { name: string; reason: string; customer?: string; contact?: string }): Promise<void> {
  await userEvent.selectOptions(q<HTMLSelectElement>(el, '#unit'), 'care');
  q<HTMLInputElement>(el, '#name').focus();
  await userEvent.keyboard(values.name);
  await userEvent.tab();
  await userEvent.keyboard(values.reason);
  if (values.customer !== undefined) {
    await userEvent.tab();
    await userEvent.keyboard(values.customer);
  }
  await userEvent.tab();
  if (values.contact) await userEvent.keyboard(values.contact);
  await userEvent.tab();
  expect(el.shadowRoot!.activeElement?.id).toBe('consent');
  await userEvent.keyboard(' ');
}

afterEach(() => document.body.replaceChildren());

describe('<sym-nomination-form>', () => {
  it('offers teams (not sites) and their people, and has no axe violations', async () => {
    const el = await mount();
    const options = [...el.shadowRoot!.querySelectorAll('#unit option')].map((o) => o.textContent);
    expect(options).toEqual(['Choose a team', 'Customer Care', 'Live Chat']);
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#unit'), 'care');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('#people option')].map((o) => o.getAttribute('value'))).toEqual(['Zoë A.', 'Tom T.', 'Tom B.']);
    expect(q(el, '[part=base]').textContent).toContain('Nominations for Q2 2026');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lists every problem, marks the fields and moves focus to the first one', async () => {
    const el = await mount();
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => el.shadowRoot!.activeElement?.id === 'unit');
    const problems = [...el.shadowRoot!.querySelectorAll('[part=problems] li')].map((li) => li.getAttribute('data-problem'));
    expect(problems).toEqual(['unit-required', 'nominee-required', 'reason-required', 'customer-required', 'consent-required']);
    expect(q(el, '#reason').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
    // A first name two people share asks the customer to pick.
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#unit'), 'care');
    q<HTMLInputElement>(el, '#name').focus();
    await userEvent.keyboard('tom');
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => el.shadowRoot!.querySelector('[data-candidates]') !== null);
    expect(q(el, '[data-candidates]').textContent).toBe('Matching names: Tom T., Tom B.');
    expect(q(el, '[data-problem=name-unclear]')).not.toBeNull();
  });

  it('records a typed name once per customer and period, and says so clearly the second time', async () => {
    const el = await mount();
    const sent: Nomination[] = [];
    el.addEventListener('sym-nomination', (e) => sent.push(e.detail.nomination));
    await fillByKeyboard(el, { name: 'zoe', reason: 'Solved my refund <b>in one call</b>', customer: 'c-42@example.org', contact: '+33 6 00 00 00 00' });
    await userEvent.keyboard('{Enter}');
    await until(() => sent.length === 1);
    expect(sent[0]).toMatchObject({ nominee: 'Zoë A.', nomineeKind: 'person', unit: 'care', customer: 'c-42@example.org', period: '2026-Q2', source: 'form', status: 'confirmed', comment: 'Solved my refund <b>in one call</b>', contact: '+33 6 00 00 00 00' });
    expect(sent[0]!.consent).toMatchObject({ given: true, how: 'form' });
    expect(q(el, '[part=status]').textContent).toBe('Thank you! Your nomination of Zoë A. is recorded for Q2 2026.');
    // The reason stays text.
    expect(el.shadowRoot!.querySelector('b')).toBeNull();

    // Same customer, another nominee, same period: refused by the domain.
    q<HTMLInputElement>(el, 'input[value=team]').click();
    await el.updateComplete;
    q<HTMLTextAreaElement>(el, '#reason').focus();
    await userEvent.keyboard('The whole team was great');
    q<HTMLInputElement>(el, '#customer').focus();
    await userEvent.keyboard('c-42@example.org');
    q<HTMLInputElement>(el, '#consent').click();
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => q(el, '[part=status]').getAttribute('data-kind') === 'refused');
    expect(q(el, '[part=status]').textContent).toBe('You have already sent a nomination for Q2 2026: one nomination per customer and period. Thank you!');
    expect(sent).toHaveLength(1);
    // What the customer typed is kept so they can see what was refused.
    expect(q<HTMLTextAreaElement>(el, '#reason').value).toBe('The whole team was great');
  });

  it('does not ask for the customer id when the host knows it', async () => {
    const el = await mount({ customer: 'C-7' });
    expect(el.shadowRoot!.querySelector('#customer')).toBeNull();
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#unit'), 'chat');
    q<HTMLInputElement>(el, 'input[value=team]').click();
    q<HTMLTextAreaElement>(el, '#reason').value = 'x';
    q<HTMLTextAreaElement>(el, '#reason').dispatchEvent(new Event('input'));
    q<HTMLInputElement>(el, '#consent').click();
    const done = new Promise<Nomination>((resolve) => el.addEventListener('sym-nomination', (e) => resolve(e.detail.nomination), { once: true }));
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    expect(await done).toMatchObject({ customer: 'C-7', nominee: 'chat', nomineeKind: 'team' });
    expect(q(el, '[part=status]').textContent).toContain('The Live Chat team');
  });

  it('speaks French', async () => {
    const el = await mount({ lang: 'fr' });
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Proposer une personne qui vous a bien servi');
    expect(text).toContain('Nominations pour T2 2026');
    expect(text).toContain('Votre e-mail ou numéro client');
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => el.shadowRoot!.querySelector('[part=problems] li') !== null);
    expect(q(el, '[data-problem=consent-required]').textContent).toBe('Votre accord pour conserver ces informations est nécessaire pour enregistrer la nomination.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('stores the nomination in IndexedDB through the workspace, once per customer and period', async () => {
    const database = freshDatabase('nominate');
    const team: Unit = await withClient(database, async (api) => {
      expect((await api.loadSample({ seed: 3 })).ok).toBe(true);
      return (await api.units()).find((u) => (u.people?.length ?? 0) > 0)!;
    });
    const el = document.createElement('sym-nomination-form');
    el.period = '2026-Q2';
    el.customer = 'C-web-1';
    mountInWorkspace(database, el);
    await until(() => el.shadowRoot!.querySelectorAll('#unit option').length > 1);

    const send = async () => {
      await userEvent.selectOptions(q<HTMLSelectElement>(el, '#unit'), team.id);
      q<HTMLInputElement>(el, '#name').focus();
      await userEvent.keyboard(team.people![0]!);
      q<HTMLTextAreaElement>(el, '#reason').focus();
      await userEvent.keyboard('Kind and quick');
      if (!q<HTMLInputElement>(el, '#consent').checked) q<HTMLInputElement>(el, '#consent').click();
      q<HTMLButtonElement>(el, 'button[type=submit]').click();
    };
    await send();
    await until(() => q(el, '[part=status]').getAttribute('data-kind') === 'ok');
    await send();
    await until(() => q(el, '[part=status]').getAttribute('data-kind') === 'refused');

    await withClient(database, async (api) => {
      const stored = (await api.listNominations({ period: '2026-Q2' })).filter((n) => n.source === 'form');
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ customer: 'C-web-1', nominee: team.people![0], comment: 'Kind and quick', status: 'confirmed' });
      const log = await api.auditLog({ subject: 'nomination', subjectId: stored[0]!.id });
      expect(log.map((e) => e.action)).toEqual(['form-nomination']);
    });
  }, 120_000);
});
