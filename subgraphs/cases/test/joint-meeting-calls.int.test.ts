/**
 * What the joint meeting asks of the cases subgraph: who must attend a case (`caseParticipants`, the
 * contract the meetings subgraph and its scheduler consume), which hard cases to propose and why
 * (`hardCaseCandidates`), how a case stands (`caseOutcomes`), and a session's decision carried into a
 * case (`applyJointMeetingDecision`, its timeline naming the session).
 */
import { testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';

const district = smallDistrict();
let subgraph: TestSubgraph;
let close: () => Promise<void>;
let now = new Date('2026-03-02T09:00:00+08:00');
const registrar = () => testIdentity('REGISTRAR', district.bureau, district.registrar);
const secretariat = testIdentity('SECRETARIAT', district.bureau, district.registrar);

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'joint_meeting_calls', district, () => now));
});
afterAll(async () => close?.());
beforeEach(async () => {
  await subgraph.clean();
  now = new Date('2026-03-02T09:00:00+08:00');
});

async function call<T>(query: string, variables: Record<string, unknown>, identity = registrar()): Promise<T> {
  const result = await subgraph.execute<T>(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** A case registered, accepted and assigned to the construction bureau with the land bureau cooperating. */
async function assignedCase(overrides: Record<string, unknown> = {}) {
  const { registerCase } = await call<{ registerCase: { id: string; version: number; number: string } }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version number } }`,
    {
      input: {
        channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1, townshipId: district.town, categoryMain: '城乡建设', categorySub: '拆迁安置',
        summary: '反映拆迁安置房逾期未交付', petitioners: [{ name: '张建国', phone: '13812345678' }], ...overrides,
      },
    },
  );
  const { acceptCase } = await call<{ acceptCase: { version: number } }>(`mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, {
    input: { caseId: registerCase.id, version: registerCase.version },
  });
  await call(`mutation ($input: AssignCaseInput!) { assignCase(input: $input) { version } }`, {
    input: { caseId: registerCase.id, version: acceptCase.version, leadUnitId: district.construction, cooperating: [{ unitId: district.landBureau }], leaderId: district.leader },
  });
  return registerCase;
}

const PARTICIPANTS = `query ($ids: [ID!]!) { caseParticipants(ids: $ids) { caseId number leadUnitId cooperatingUnitIds ownerLeaderId handlingDueAt townshipId } }`;

describe('caseParticipants', () => {
  it('answers the lead and cooperating units, 包案 leader, handling deadline and township; unknown ids are left out', async () => {
    const matter = await assignedCase();
    const data = await call<{ caseParticipants: unknown[] }>(PARTICIPANTS, { ids: [matter.id, '00000000-0000-4000-8000-00000000dead'] });
    expect(data.caseParticipants).toEqual([
      {
        caseId: matter.id,
        number: matter.number,
        leadUnitId: district.construction,
        cooperatingUnitIds: [district.landBureau],
        ownerLeaderId: district.leader,
        // 60 days from acceptance on 2026-03-02 end on 2026-05-01, in the Labour Day holiday: due at the end of
        // the next working day, 2026-05-06, China time
        handlingDueAt: '2026-05-06T15:59:59.999Z',
        townshipId: district.town,
      },
    ]);
  });

  it('leaves out cases a liaison may not see, and refuses more than 500 ids naming the field', async () => {
    const matter = await assignedCase();
    const stranger = testIdentity('LIAISON', '00000000-0000-4000-8000-00000000beef');
    expect((await call<{ caseParticipants: unknown[] }>(PARTICIPANTS, { ids: [matter.id] }, stranger)).caseParticipants).toEqual([]);
    const lead = testIdentity('LIAISON', district.construction);
    expect((await call<{ caseParticipants: unknown[] }>(PARTICIPANTS, { ids: [matter.id] }, lead)).caseParticipants).toHaveLength(1);
    const tooMany = await subgraph.execute(PARTICIPANTS, { ids: Array.from({ length: 501 }, () => matter.id) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});

describe('hardCaseCandidates', () => {
  const CANDIDATES = `query ($days: Int, $first: Int, $after: String) { hardCaseCandidates(olderThanDays: $days, first: $first, after: $after) {
    items { case { number } reasons explanations openDays } pageInfo { endCursor hasNextPage } } }`;

  it('proposes long-standing, overdue, collective and skip-level cases with their reasons in the users\' words, oldest first', async () => {
    const old = await assignedCase();
    now = new Date('2026-03-20T09:00:00+08:00');
    const collective = await assignedCase({ form: 'COLLECTIVE', headCount: 12, petitioners: [{ name: '李四', phone: '13812345679' }] });
    await assignedCase({ petitioners: [{ name: '王五', phone: '13812345670' }] }); // an ordinary recent case: not proposed
    // 2026-05-13: the first case is 72 days old and 7 days past its handling deadline (2026-05-06)
    now = new Date('2026-05-13T10:00:00+08:00');
    const data = await call<{ hardCaseCandidates: { items: { case: { number: string }; reasons: string[]; explanations: string[]; openDays: number }[] } }>(CANDIDATES, { days: 60 });
    expect(data.hardCaseCandidates.items).toEqual([
      { case: { number: old.number }, reasons: ['LONG_STANDING', 'OVERDUE'], explanations: ['登记已72天仍未办结（积案，超过60天）', '办理期限已超期7天（红牌）'], openDays: 72 },
      { case: { number: collective.number }, reasons: ['COLLECTIVE'], explanations: ['集体访: 12人'], openDays: 54 },
    ]);
  });

  it('pages with a cursor and refuses a bad olderThanDays naming it', async () => {
    await assignedCase({ form: 'COLLECTIVE', headCount: 6 });
    await assignedCase({ form: 'COLLECTIVE', headCount: 7, petitioners: [{ name: '李四', phone: '13812345679' }] });
    const first = await call<{ hardCaseCandidates: { items: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(CANDIDATES, { first: 1 });
    expect(first.hardCaseCandidates.pageInfo.hasNextPage).toBe(true);
    const second = await call<{ hardCaseCandidates: { items: unknown[]; pageInfo: { hasNextPage: boolean } } }>(CANDIDATES, { first: 1, after: first.hardCaseCandidates.pageInfo.endCursor });
    expect(second.hardCaseCandidates.items).toHaveLength(1);
    expect(second.hardCaseCandidates.items).not.toEqual(first.hardCaseCandidates.items);
    expect(second.hardCaseCandidates.pageInfo.hasNextPage).toBe(false);
    const bad = await subgraph.execute(CANDIDATES, { days: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'olderThanDays' });
  });
});

describe('applyJointMeetingDecision', () => {
  const APPLY = `mutation ($input: JointMeetingDecisionInput!) { applyJointMeetingDecision(input: $input) { id version tasks { role status unit { id } } timeline { action note } } }`;

  it('hands the lead to another unit, withdraws cooperating units left out, and says on the timeline which session decided', async () => {
    const matter = await assignedCase();
    const result = await subgraph.execute<{ applyJointMeetingDecision: { version: number; tasks: { role: string; status: string; unit: { id: string } }[]; timeline: { action: string; note: string }[] } }>(
      APPLY,
      { input: { caseId: matter.id, meetingTitle: '第三十次信访联席工作会议', leadUnitId: district.landBureau, cooperatingUnitIds: [district.town], deadline: '2026-04-15' } },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    const decided = result.data!.applyJointMeetingDecision;
    expect(decided.timeline.at(-1)).toEqual({
      action: 'JOINT_MEETING_DECISION',
      note: '依第三十次信访联席工作会议决定: 牵头单位改为区国土分局; 增加配合单位城关街道; 限2026-04-15前落实',
    });
    const open = decided.tasks.filter((t) => t.status !== 'WITHDRAWN').map((t) => [t.role, t.unit.id]).sort();
    expect(open).toEqual([['COOPERATING', district.town], ['LEAD', district.landBureau]].sort());
    const participants = await call<{ caseParticipants: { leadUnitId: string; cooperatingUnitIds: string[] }[] }>(PARTICIPANTS, { ids: [matter.id] });
    expect(participants.caseParticipants[0]).toMatchObject({ leadUnitId: district.landBureau, cooperatingUnitIds: [district.town] });
  });

  it('changes nothing when the case already stands as decided, and refuses liaisons, unknown units and finished cases with nothing written', async () => {
    const matter = await assignedCase();
    const same = await subgraph.execute<{ applyJointMeetingDecision: { timeline: { action: string }[] } }>(
      APPLY,
      { input: { caseId: matter.id, meetingTitle: '第三十次信访联席工作会议', leadUnitId: district.construction, cooperatingUnitIds: [district.landBureau] } },
      secretariat,
    );
    expect(same.data!.applyJointMeetingDecision.timeline.map((e) => e.action)).not.toContain('JOINT_MEETING_DECISION');
    const liaison = await subgraph.execute(APPLY, { input: { caseId: matter.id, meetingTitle: '第三十次', leadUnitId: district.landBureau } }, testIdentity('LIAISON', district.construction));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await subgraph.execute(APPLY, { input: { caseId: matter.id, meetingTitle: '第三十次', leadUnitId: '00000000-0000-4000-8000-00000000beef' } }, secretariat);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadUnitId' });
    const after = await call<{ caseParticipants: { leadUnitId: string }[] }>(PARTICIPANTS, { ids: [matter.id] });
    expect(after.caseParticipants[0].leadUnitId).toBe(district.construction);
  });

  it('answers how a case stands for the follow-up (caseOutcomes)', async () => {
    const matter = await assignedCase();
    const data = await call<{ caseOutcomes: unknown[] }>(`query ($ids: [ID!]!) { caseOutcomes(ids: $ids) { caseId number status repliedAt closedAt } }`, { ids: [matter.id] });
    expect(data.caseOutcomes).toEqual([{ caseId: matter.id, number: matter.number, status: 'ASSIGNED', repliedAt: null, closedAt: null }]);
  });
});

describe('competence disputes (管辖异议)', () => {
  const DISPUTE = `mutation ($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { version status competenceDispute { raisedAt reason unit { id } proposedUnit { id } } timeline { action note } } }`;
  const KEEP = `mutation ($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { version competenceDispute { reason } timeline { action note } } }`;
  const CANDIDATES = `query { hardCaseCandidates(olderThanDays: 365) { items { case { number } reasons explanations } } }`;
  const lead = () => testIdentity('LIAISON', district.construction);
  type Disputed = { disputeCompetence: { version: number; status: string; competenceDispute: { raisedAt: string; reason: string; unit: { id: string }; proposedUnit: { id: string } | null } | null; timeline: { action: string; note: string }[] } };
  const versionOf = async (id: string) => (await call<{ case: { version: number } }>(`query ($id: ID!) { case(id: $id) { version } }`, { id })).case.version;

  it('the lead unit disputes its competence: the case stays with it, is proposed to the joint meeting with why, and a decision there ends the dispute', async () => {
    const matter = await assignedCase();
    now = new Date('2026-03-05T09:00:00+08:00');
    const disputed = await call<Disputed>(DISPUTE, { input: { caseId: matter.id, version: await versionOf(matter.id), reason: '安置房交付属国土分局征收职责', proposedUnitId: district.landBureau } }, lead());
    expect(disputed.disputeCompetence).toMatchObject({
      status: 'ASSIGNED',
      competenceDispute: { raisedAt: '2026-03-05T01:00:00.000Z', reason: '安置房交付属国土分局征收职责', unit: { id: district.construction }, proposedUnit: { id: district.landBureau } },
    });
    expect(disputed.disputeCompetence.timeline.at(-1)).toEqual({ action: 'COMPETENCE_DISPUTED', note: '管辖异议: 安置房交付属国土分局征收职责（认为应由区国土分局牵头）' });

    const proposed = await call<{ hardCaseCandidates: { items: { case: { number: string }; reasons: string[]; explanations: string[] }[] } }>(CANDIDATES, {}, secretariat);
    expect(proposed.hardCaseCandidates.items).toEqual([
      { case: { number: matter.number }, reasons: ['DISPUTED_COMPETENCE'], explanations: ['牵头单位3月5日提出管辖异议：安置房交付属国土分局征收职责'] },
    ]);

    // one open dispute at a time
    const again = await subgraph.execute(DISPUTE, { input: { caseId: matter.id, version: disputed.disputeCompetence.version, reason: '再次' } }, lead());
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.caseId' }, message: expect.stringContaining('already has an open 管辖异议 (raised 2026-03-05)') });

    // the joint meeting keeps the construction bureau as lead: the dispute is decided, and said so
    const decided = await call<{ applyJointMeetingDecision: { competenceDispute: unknown; timeline: { action: string; note: string }[] } }>(
      `mutation ($input: JointMeetingDecisionInput!) { applyJointMeetingDecision(input: $input) { competenceDispute { reason } timeline { action note } } }`,
      { input: { caseId: matter.id, meetingTitle: '第三十次信访联席工作会议', leadUnitId: district.construction, cooperatingUnitIds: [district.landBureau] } },
      secretariat,
    );
    expect(decided.applyJointMeetingDecision.competenceDispute).toBeNull();
    expect(decided.applyJointMeetingDecision.timeline.at(-1)).toEqual({ action: 'JOINT_MEETING_DECISION', note: '依第三十次信访联席工作会议决定: 管辖异议不予支持，区建设局继续牵头' });
    expect((await call<{ hardCaseCandidates: { items: unknown[] } }>(CANDIDATES, {}, secretariat)).hardCaseCandidates.items).toEqual([]);
  });

  it('the bureau keeps the lead, or a reassignment decides the dispute the other way', async () => {
    const kept = await assignedCase();
    const first = await call<Disputed>(DISPUTE, { input: { caseId: kept.id, version: await versionOf(kept.id), reason: '不属本单位职责' } }, lead());
    expect(first.disputeCompetence.competenceDispute?.proposedUnit).toBeNull();
    const decided = await call<{ keepLeadUnit: { competenceDispute: unknown; timeline: { action: string; note: string }[] } }>(
      KEEP, { input: { caseId: kept.id, version: first.disputeCompetence.version, reason: '依三定方案属建设局职责' } });
    expect(decided.keepLeadUnit.competenceDispute).toBeNull();
    expect(decided.keepLeadUnit.timeline.at(-1)).toEqual({ action: 'COMPETENCE_DISPUTE_DECIDED', note: '维持牵头单位: 依三定方案属建设局职责' });

    const moved = await assignedCase({ petitioners: [{ name: '李四', phone: '13812345679' }] });
    const second = await call<Disputed>(DISPUTE, { input: { caseId: moved.id, version: await versionOf(moved.id), reason: '属国土职责', proposedUnitId: district.landBureau } }, lead());
    // the proposed unit cooperates on the case: the bureau first withdraws it, as for any reassignment; here it names the town instead
    const reassigned = await call<{ reassignLead: { competenceDispute: unknown } }>(
      `mutation ($input: ReassignLeadInput!) { reassignLead(input: $input) { competenceDispute { reason } } }`,
      { input: { caseId: moved.id, version: second.disputeCompetence.version, leadUnitId: district.town, reason: '属地管理' } },
    );
    expect(reassigned.reassignLead.competenceDispute).toBeNull();
  });

  it('ends with the lead unit\'s own reply: the petitioner was answered, so the joint meeting is no longer asked', async () => {
    const matter = await assignedCase();
    let version = (await call<Disputed>(DISPUTE, { input: { caseId: matter.id, version: await versionOf(matter.id), reason: '不属本单位职责' } }, lead())).disputeCompetence.version;
    version = (await call<{ signForCase: { version: number } }>(`mutation ($input: CaseChangeInput!) { signForCase(input: $input) { version } }`, { input: { caseId: matter.id, version } })).signForCase.version;
    version = (await call<{ startHandlingCase: { version: number } }>(`mutation ($input: CaseChangeInput!) { startHandlingCase(input: $input) { version } }`, { input: { caseId: matter.id, version } })).startHandlingCase.version;
    const replied = await call<{ replyCase: { status: string; competenceDispute: unknown; timeline: { action: string; note: string | null }[] } }>(
      `mutation ($input: ReplyCaseInput!) { replyCase(input: $input) { status competenceDispute { reason } timeline { action note } } }`,
      // the bureau records the steps the unit took (as by phone): the test directory knows its registrar, not the unit's staff
      { input: { caseId: matter.id, version, reply: '经核查，安置房将于本月底交付' } });
    expect(replied.replyCase).toMatchObject({ status: 'REPLIED', competenceDispute: null });
    expect(replied.replyCase.timeline.at(-1)).toEqual({ action: 'REPLIED', note: '管辖异议随答复终结' });
    expect((await call<{ hardCaseCandidates: { items: unknown[] } }>(CANDIDATES, {}, secretariat)).hardCaseCandidates.items).toEqual([]);
  });

  it('refuses what makes no sense, by field, with nothing written', async () => {
    const matter = await assignedCase();
    const version = await versionOf(matter.id);
    const refusals: [Record<string, unknown>, ReturnType<typeof testIdentity>, object][] = [
      [{ reason: '  ' }, lead(), { code: 'BAD_USER_INPUT', field: 'input.reason' }],
      [{ reason: '不属本单位', proposedUnitId: district.construction }, lead(), { code: 'BAD_USER_INPUT', field: 'input.proposedUnitId' }],
      [{ reason: '不属本单位', proposedUnitId: '00000000-0000-4000-8000-00000000dead' }, lead(), { code: 'BAD_USER_INPUT', field: 'input.proposedUnitId' }],
      [{ reason: '不属本单位', version: version - 1 }, lead(), { code: 'CONFLICT' }],
      // a cooperating unit does not dispute the lead's competence
      [{ reason: '不属本单位' }, testIdentity('LIAISON', district.landBureau), { code: 'FORBIDDEN' }],
      [{ reason: '不属本单位' }, secretariat, { code: 'FORBIDDEN' }],
    ];
    for (const [input, identity, extensions] of refusals) {
      const result = await subgraph.execute(DISPUTE, { input: { caseId: matter.id, version, ...input } }, identity);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject(extensions);
    }
    const keepWithout = await subgraph.execute(KEEP, { input: { caseId: matter.id, version, reason: '维持' } });
    expect(keepWithout.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.caseId' }, message: expect.stringContaining('has no open 管辖异议') });
    const unchanged = await call<{ case: { version: number; competenceDispute: unknown; timeline: { action: string }[] } }>(`query ($id: ID!) { case(id: $id) { version competenceDispute { reason } timeline { action } } }`, { id: matter.id });
    expect(unchanged.case).toMatchObject({ version, competenceDispute: null });
    expect(unchanged.case.timeline.map((e) => e.action)).not.toContain('COMPETENCE_DISPUTED');
  });
});
