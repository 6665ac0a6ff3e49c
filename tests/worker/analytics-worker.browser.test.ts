import { describe, expect, it } from 'vitest';
import { analyticsClients } from '../helpers/workspace.ts';
import { ClientClosedError } from '../../src/worker/client-closed-error.ts';

const { client, freshName } = analyticsClients('worker-test');

describe('analytics worker', () => {
  it('runs in a real module worker and stores the sample dataset in IndexedDB', async () => {
    const name = freshName();
    const c = await client(name);
    expect(await c.api.where()).toBe('worker');
    const empty = await c.api.summary();
    expect(empty.ok).toBe(false);
    const loaded = await c.api.loadSample({ onlyIfEmpty: true });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.units).toBeGreaterThan(100);
    expect(loaded.value.employeeResponses).toBeGreaterThan(20_000);
    expect(loaded.value.customerAnswers).toBeGreaterThan(100_000);

    // A second client (a reload, another tab) reads the same data back from IndexedDB.
    const again = await client(name);
    const summary = await again.api.summary();
    expect(summary.ok && summary.value.customerAnswers).toBe(loaded.value.customerAnswers);
  });

  it('returns only aggregates: no unit below the anonymity floor carries employee numbers', async () => {
    const c = await client(freshName());
    await c.api.loadSample({});
    const result = await c.api.analyze({ minEmployees: 5, granularity: 'quarter' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = JSON.stringify(result.value);
    // Raw respondent ids never leave the worker.
    expect(text).not.toMatch(/"respondent"/);
    for (const row of result.value.units) {
      if (row.employees) expect(row.employees.n).toBeGreaterThanOrEqual(5);
    }
    expect(result.value.correlations.length).toBeGreaterThan(0);
  });

  it('falls back to the same API in-thread', async () => {
    const c = await client(freshName(), true);
    expect(await c.api.where()).toBe('main');
    const loaded = await c.api.loadSample({});
    expect(loaded.ok).toBe(true);
  });

  it('rejects every call after dispose, in a worker and in-thread, instead of throwing', async () => {
    for (const inThread of [false, true]) {
      const c = await client(freshName(), inThread);
      expect(await c.api.where()).toBe(inThread ? 'main' : 'worker');
      c.dispose();
      let call: Promise<unknown> | undefined;
      expect(() => (call = c.api.summary())).not.toThrow();
      await expect(call).rejects.toBeInstanceOf(ClientClosedError);
      // Disposing again, as a teardown may, is harmless.
      expect(() => c.dispose()).not.toThrow();
    }
  });
});
