/**
 * A subgraph that goes down degrades the answer, not the platform (issue: with the meetings subgraph
 * down any query asking for Case.agendaItems answered `data: null`; with the departments subgraph down
 * every request got HTTP 500 once the gateway's remembered sign-out answers expired). Both come back by
 * themselves when the subgraph does.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, pause, readContinuously, stopReads } from './faults';
import { startTestPlatform, type TestPlatform } from './harness';

const CACHE_MS = 300;
const GRACE_MS = 1500;
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'subgraph_down', 200, { revocation: { cacheMs: CACHE_MS, graceMs: GRACE_MS } });
});
afterAll(async () => {
  // a failed assertion leaves reads running: end them before the platform
  await stopReads();
  await platform?.stop();
});

interface CasesWithAgenda {
  cases: { items: { number: string; agendaItems: { title: string }[] | null }[] };
  departments: { name: string; casesLedCount: number | null }[];
}
const WITH_AGENDA = `{
  cases(first: 5) { items { number agendaItems { title } } }
  departments(first: 3) { name casesLedCount }
}`;

describe('meetings-down-keeps-the-rest-of-the-answer', () => {
  it('answers cases and units without their agenda items, with SERVICE_UNAVAILABLE naming meetings, and recovers', async () => {
    const before = await platform.query<CasesWithAgenda>(WITH_AGENDA);
    expect(before.errors).toBeUndefined();
    const numbers = before.data!.cases.items.map((c) => c.number);
    const units = before.data!.departments;
    expect(numbers).toHaveLength(5);

    const reads = readContinuously<CasesWithAgenda>(platform, WITH_AGENDA, 'registrar');
    await pause(300);
    await platform.platform.stopSubgraph('meetings');
    const down = await eventually(async () => {
      const answer = await platform.query<CasesWithAgenda>(WITH_AGENDA);
      expect(answer.errors).toBeDefined();
      return answer;
    });
    expect(down.status).toBe(200);
    expect(down.data).toEqual({ cases: { items: numbers.map((number) => ({ number, agendaItems: null })) }, departments: units });
    expect(down.errors!.map((e) => [e.extensions?.code, e.extensions?.serviceName, e.message])).toEqual([
      ['SERVICE_UNAVAILABLE', 'meetings', 'The meetings service does not answer right now: its part of this answer is missing; try again shortly'],
    ]);
    await pause(500);
    await platform.platform.startSubgraph('meetings');
    const back = await eventually(async () => {
      const answer = await platform.query<CasesWithAgenda>(WITH_AGENDA);
      expect(answer.errors).toBeUndefined();
      return answer;
    });
    expect(back.data).toEqual(before.data);
    await pause(200);
    const outcomes = await reads.stop();

    // under reads: never a 500, never data: null, only the missing part coded as unavailable
    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
    expect(outcomes.filter((o) => o.data === null)).toEqual([]);
    expect(new Set(outcomes.flatMap((o) => o.codes))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(outcomes.every((o) => o.data!.cases.items.map((c) => c.number).join() === numbers.join())).toBe(true);
    expect(outcomes.filter((o) => o.codes.length > 0).length).toBeGreaterThan(0);
  });

  it('answers a question for the meetings subgraph alone with a coded error, not a 500', async () => {
    await platform.platform.stopSubgraph('meetings');
    try {
      const answer = await platform.query(`{ meetings(first: 1) { items { title } } }`);
      expect(answer.status).toBe(200);
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await platform.platform.startSubgraph('meetings');
    }
  });
});

describe('departments-down-after-revocation-cache-expiry', () => {
  const WITH_TOWNSHIP = `{ cases(first: 3) { items { number township { name } } } }`;

  it('keeps serving known sign-ins for the grace period, then refuses with SERVICE_UNAVAILABLE (503), and recovers', async () => {
    const token = await platform.login('secretariat');
    const ask = () => platform.send<{ cases: { items: { number: string; township: { name: string } | null }[] } }>(WITH_TOWNSHIP, undefined, token);
    const before = await ask();
    expect(before.errors).toBeUndefined();
    const numbers = before.data!.cases.items.map((c) => c.number);

    await platform.platform.stopSubgraph('departments');
    try {
      await pause(CACHE_MS + 100);
      // past the cache, inside the grace period: cases answer, their townships' names are missing
      const grace = await ask();
      expect(grace.status).toBe(200);
      expect(grace.data).toEqual({ cases: { items: numbers.map((number) => ({ number, township: null })) } });
      expect(new Set(grace.errors!.map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.serviceName)}`))).toEqual(new Set(['SERVICE_UNAVAILABLE departments']));

      await pause(GRACE_MS);
      const refused = await ask();
      expect(refused.status).toBe(503);
      expect(refused.errors).toEqual([
        {
          message: 'Your sign-in cannot be checked right now (the departments service does not answer): try again shortly',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
    } finally {
      await platform.platform.startSubgraph('departments');
    }
    const back = await eventually(async () => {
      const answer = await ask();
      expect(answer.errors).toBeUndefined();
      return answer;
    });
    expect(back.data).toEqual(before.data);
  });
});
