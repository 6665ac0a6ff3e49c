import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/kudos/kudos.ts';
import type { SymKudos } from '../../src/components/kudos/kudos.ts';
import type { Unit } from '../../src/model/types.ts';
import type { Kudos } from '../../src/recognition/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as q } from '../helpers/mount.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const units: Unit[] = [{ id: 'care', name: 'Customer Care', people: ['Zoë A.', 'Tom T.', 'Raj P.'] }];
const kudos: Kudos[] = [
  { id: 'k1', from: 'Tom T.', to: 'Zoë A.', unit: 'care', value: 'teamwork', message: 'Covered my calls', period: '2026-Q1', createdAt: '2026-02-01T10:00:00Z' },
  { id: 'k2', from: 'Zoë A.', to: 'Raj P.', unit: 'care', value: 'care', message: 'Calm with an angry caller', feedback: { quote: 'Raj was so patient' }, period: '2026-Q1', createdAt: '2026-03-01T10:00:00Z' },
];

const mount = (options: { lang?: string; showRecent?: boolean } = {}): Promise<SymKudos> => mountElement('sym-kudos', (el) => {
  el.giver = 'Tom T.';
  el.unit = 'care';
  el.units = units;
  el.kudos = kudos;
  el.showRecent = options.showRecent ?? false;
}, options.lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-kudos>', () => {
  it('is quiet: recent kudos folded away, newest first, no counts; no axe violations', async () => {
    const el = await mount();
    expect(q<HTMLDetailsElement>(el, '[part=recent]').open).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
    const open = await mount({ showRecent: true });
    const items = [...open.shadowRoot!.querySelectorAll('[data-kudos]')].map((i) => i.getAttribute('data-kudos'));
    expect(items).toEqual(['k2', 'k1']);
    expect(q(open, '[data-kudos=k2]').textContent).toContain('Prompted by a customer: “Raj was so patient”');
    expect(open.shadowRoot!.textContent).not.toMatch(/\b\d+ kudos\b/);
    expect(await axeViolations(open)).toEqual([]);
  });

  it('gives kudos with the keyboard, tied to a value and a customer’s words; the giver cannot pick themselves', async () => {
    const el = await mount({ showRecent: true });
    const recipients = [...q<HTMLSelectElement>(el, '#to').options].map((o) => o.value);
    expect(recipients).toEqual(['', 'Zoë A.', 'Raj P.']);
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#to'), 'Raj P.');
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#value'), 'listening');
    q<HTMLTextAreaElement>(el, '#message').focus();
    await userEvent.keyboard('Thanks for listening');
    q<HTMLTextAreaElement>(el, '#feedback').focus();
    await userEvent.keyboard('He really listened');
    const given = new Promise<Kudos>((resolve) => el.addEventListener('sym-kudos', (e) => resolve(e.detail.kudos), { once: true }));
    q<HTMLButtonElement>(el, 'button[type=submit]').focus();
    await userEvent.keyboard('{Enter}');
    const made = await given;
    expect(made).toMatchObject({ from: 'Tom T.', to: 'Raj P.', value: 'listening', message: 'Thanks for listening', feedback: { quote: 'He really listened' } });
    await el.updateComplete;
    expect(q(el, '[part=status]').textContent).toBe('Raj P. will see your kudos.');
    expect(el.shadowRoot!.querySelectorAll('[data-kudos]')).toHaveLength(3);
  });

  it('says what is missing', async () => {
    const el = await mount();
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(q(el, '[part=status]').textContent).toBe('Choose who the kudos are for.');
  });

  it('speaks French', async () => {
    const el = await mount({ lang: 'fr', showRecent: true });
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Remerciements récents');
    expect(text).toContain('Zoë A. → Raj P., pour Bienveillance');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('stores kudos in IndexedDB through the workspace', async () => {
    const database = freshDatabase('kudos');
    const el = document.createElement('sym-kudos');
    el.giver = 'Ana';
    el.unit = 'care';
    el.showRecent = true;
    mountInWorkspace(database, el);
    await until(() => el.workspace?.client !== undefined);
    await el.updateComplete;
    // No people list in an empty workspace: the recipient is typed.
    q<HTMLInputElement>(el, '#to').focus();
    await userEvent.keyboard('Bob');
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#value'), 'care');
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => el.shadowRoot!.querySelectorAll('[data-kudos]').length === 1);

    await withClient(database, async (api) => {
      const stored = await api.listKudos({ unit: 'care' });
      expect(stored.map((k) => [k.from, k.to, k.value])).toEqual([['Ana', 'Bob', 'care']]);
      const log = await api.auditLog({ subject: 'kudos', subjectId: stored[0]!.id });
      expect(log.map((e) => e.action)).toEqual(['kudos-given']);
    });
  }, 60_000);
});
