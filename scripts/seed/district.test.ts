import { describe, expect, it } from 'vitest';
import { residentIdProblem } from '../../subgraphs/cases/src/validation/identity';
import { demoWindow, generateDistrict } from './district';

/** The day the demo is loaded, pinned. */
const TODAY = new Date('2026-11-23T10:00:00+08:00');
const { from: FROM, until: UNTIL } = demoWindow(TODAY);
const district = generateDistrict(2026, 5000, TODAY);

describe('demo district', () => {
  it('is the same every time for the same seed and day', () => {
    const again = generateDistrict(2026, 5000, TODAY);
    expect(again.cases.map((c) => [c.id, c.number, c.status, c.repliedAt])).toEqual(district.cases.map((c) => [c.id, c.number, c.status, c.repliedAt]));
    expect(generateDistrict(1, 5000, TODAY).cases[0].id).not.toBe(district.cases[0].id);
    expect(generateDistrict(2026, 5000, new Date('2026-12-01T10:00:00+08:00')).cases[0].registeredAt).not.toEqual(district.cases[0].registeredAt);
  });

  it('has the units of a real district: 86 townships and streets with populations, about 25 departments', () => {
    const territorial = district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET');
    expect(territorial).toHaveLength(86);
    expect(new Set(territorial.map((t) => t.name)).size).toBe(86);
    expect(territorial.every((t) => (t.population ?? 0) >= 15_000)).toBe(true);
    const departments = district.departments.filter((d) => d.kind === 'DEPARTMENT');
    expect(departments.length).toBeGreaterThanOrEqual(20);
    expect(departments.map((d) => d.name)).toEqual(expect.arrayContaining(['区信访局', '区信访工作联席会议办公室', '区建设局', '区城管局']));
    expect(new Set(district.departments.map((d) => d.code)).size).toBe(district.departments.length);
  });

  it('has two years of about 5,000 cases each whose mix follows the petition office reports', () => {
    const { cases } = district;
    expect(cases).toHaveLength(10_000);
    expect(cases.every((c) => c.registeredAt >= FROM && c.registeredAt <= UNTIL)).toBe(true);
    expect(new Set(cases.map((c) => c.number)).size).toBe(10_000);
    const share = (pred: (c: (typeof cases)[number]) => boolean) => cases.filter(pred).length / cases.length;
    expect(share((c) => c.channel === 'VISIT')).toBeGreaterThan(0.25);
    expect(share((c) => c.channel === 'PHONE')).toBeGreaterThan(0.1);
    const collective = cases.filter((c) => c.form === 'COLLECTIVE');
    expect(collective.length).toBeGreaterThan(50);
    expect(collective.every((c) => c.headCount >= 5)).toBe(true);
    expect(cases.filter((c) => c.form === 'INDIVIDUAL').every((c) => c.headCount < 5)).toBe(true);
    expect(cases.some((c) => c.levelVisited === 'BEIJING')).toBe(true);
    expect(share((c) => c.isRepeat)).toBeGreaterThan(0.16);
    // a matter has a lead unit once assigned, never before
    expect(cases.filter((c) => ['REGISTERED', 'ACCEPTED', 'NOT_ACCEPTED'].includes(c.status)).every((c) => !c.leadDepartmentId)).toBe(true);
    expect(cases.filter((c) => c.status === 'CLOSED').every((c) => c.leadDepartmentId)).toBe(true);
  });

  it('has the special working groups of the routing table, each led by its department', () => {
    expect(district.workingGroups.map((g) => g.name)).toContain('城镇建设、拆迁安置、拖欠工程款专项工作小组');
    const leads = district.workingGroups.map((g) => district.departments.find((d) => d.id === g.leadDepartmentId)!.name);
    expect(leads).toEqual(expect.arrayContaining(['区建设局', '区人力资源和社会保障局', '区公安分局']));
    expect(new Set(district.workingGroups.map((g) => g.name)).size).toBe(district.workingGroups.length);
    expect(district.workingGroups.every((g) => g.memberIds.includes(g.leadDepartmentId))).toBe(true);
  });

  it('numbers regular joint meetings and puts hard cases on their agendas', () => {
    expect(district.meetings.map((m) => m.title)).toContain('第二十九次信访联席工作会议');
    const hard = new Set(district.cases.filter((c) => c.form === 'COLLECTIVE' || c.levelVisited !== 'DISTRICT' || c.isRepeat).map((c) => c.id));
    const onAgendas = district.agendaItems.flatMap((item) => item.caseIds);
    expect(onAgendas.length).toBeGreaterThan(40);
    expect(onAgendas.every((id) => hard.has(id))).toBe(true);
    // decisions fall due 30 days after the session, a China-time day like every deadline
    const held = district.meetings.find((m) => m.sessionNumber === 29)!;
    const decisions = district.agendaItems.filter((item) => item.meetingId === held.id).map((item) => item.decision);
    expect(held.heldOn).toBe('2026-11-18');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((d) => d?.endsWith('2026-12-18前办结'))).toBe(true);
  });

  it('records a decision on each item of a held session: some carried out, some pending, some overdue', () => {
    const byId = new Map(district.cases.map((c) => [c.id, c]));
    const status = (d: (typeof district.decisions)[number]) => {
      const due = new Date(`${d.deadline}T23:59:59.999+08:00`);
      const replied = byId.get(d.caseId)!.repliedAt;
      if (d.evidence || (replied && replied <= due)) return 'CARRIED_OUT';
      return TODAY > due ? 'OVERDUE' : 'PENDING';
    };
    const statuses = district.decisions.map(status);
    expect(new Set(statuses)).toEqual(new Set(['CARRIED_OUT', 'PENDING', 'OVERDUE']));
    expect(district.decisions.filter((d) => d.evidence).length).toBeGreaterThan(0);
    // every decision names the case's own units: the demo's sessions confirmed who handles them
    expect(district.decisions.every((d) => byId.get(d.caseId)!.leadDepartmentId === d.leadUnitId)).toBe(true);
    expect(district.jointMeeting.convenorId).toBe(district.people.find((p) => p.position === '常务副区长')!.id);
    expect(district.jointMeeting.workingGroups).toHaveLength(district.workingGroups.length);
  });

  it('ranks townships per quarter with shared ranks for ties and vetoed units last', () => {
    const periods = [...new Set(district.rankings.map((r) => r.period))];
    expect(periods.length).toBeGreaterThanOrEqual(7);
    for (const period of periods) {
      const ranking = district.rankings.filter((r) => r.period === period).sort((a, b) => a.rank - b.rank);
      expect(ranking).toHaveLength(86);
      ranking.forEach((entry, i) => {
        const previous = ranking[i - 1];
        if (!previous) return expect(entry.rank).toBe(1);
        if (previous.score === entry.score && previous.vetoed === entry.vetoed) expect(entry.rank).toBe(previous.rank);
        else expect(entry.rank).toBe(i + 1);
        if (previous.vetoed) expect(entry.vetoed).toBe(true);
      });
    }
  });

  it('gives cases a consistent history: petitioners with valid ID numbers, times in order, repeats by the same person', () => {
    const byId = new Map(district.cases.map((c) => [c.id, c]));
    for (const c of district.cases) {
      expect(c.petitioners.length).toBeGreaterThan(0);
      for (const p of c.petitioners) expect(residentIdProblem(p.idNumber as string, UNTIL)).toBeNull();
      const times = [c.registeredAt, c.acceptedAt, c.assignedAt, c.signedForAt, c.repliedAt, c.reviewRequestedAt, c.reviewDecidedAt, c.reReviewRequestedAt, c.reReviewDecidedAt]
        .filter((t): t is Date => t !== undefined)
        .map((t) => t.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (c.leadDepartmentId) expect(c.assignedAt).toBeDefined();
      if (c.repeatOfId) {
        const earlier = byId.get(c.repeatOfId)!;
        expect(earlier.registeredAt.getTime()).toBeLessThanOrEqual(c.registeredAt.getTime());
        expect(earlier.categorySub).toBe(c.categorySub);
        expect(c.petitioners[0].idNumber).toBe(earlier.petitioners[0].idNumber);
      }
    }
  });
});
