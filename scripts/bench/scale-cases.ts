/**
 * The case load of `npm run bench:scale`: any number of cases generated straight into the cases schema
 * with set-based SQL (`insert … select … from generate_series`), every choice a hash of the row number,
 * so the same count on the same day gives the same data. The mix follows the demo district's generator
 * (scripts/seed/district.ts): channels, individual and collective visits with head-counts, visit levels,
 * categories weighted as there and routed to their lead departments, townships weighted by population,
 * mostly closed cases and a live open set whose clocks run. Each case has one or two petitioners, a lead
 * task once assigned, cooperating tasks for a quarter of them, an extension now and then, and a timeline.
 */
import { officialCalendar } from '@lianban/cases';
import type pg from 'pg';
import { CATEGORIES, GIVEN, SURNAMES, type District } from '../seed/district';

export interface ScaleCaseOptions {
  /** How many cases to add. */
  count: number;
  /** Cases are registered during the `days` before `now`; clocks are computed against `now`. */
  now: Date;
  days: number;
}

export interface ScaleCaseResult {
  /** What each statement did (rows written to a table, or another step) and the seconds it took. */
  steps: { step: string; rows?: number; seconds: number }[];
  seconds: number;
  /** Whether the foreign-key triggers ran (they are skipped when the user may, see below). */
  foreignKeyTriggers: boolean;
}

/** A weighted choice as SQL: `uniform` is a column uniform on 0..9999. Values are constants of this file. */
function weighted(uniform: string, choices: readonly (readonly [string | number, number])[]): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const literal = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`);
  const whens = choices.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `when ${uniform} < ${Math.round((cumulative / total) * 10_000)} then ${literal(value)}`;
  });
  return `(case ${whens.join(' ')} else ${literal(choices[choices.length - 1][0])} end)`;
}

/** Each value repeated in proportion to its weight: a uniform index into it is a weighted choice. */
function slots<T>(choices: readonly (readonly [T, number])[]): T[] {
  return choices.flatMap(([value, weight]) => Array.from({ length: Math.max(1, Math.round(weight)) }, () => value));
}

const ASSIGNED = `('ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'REPLIED', 'CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED')`;
const CLOSED = `('CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED')`;

/** Status by age: recent cases are being worked, older ones closed; long-standing ones (积案) still open. */
const STATUS_BY_AGE: [number, [string, number][]][] = [
  [30, [['REGISTERED', 12], ['ACCEPTED', 14], ['ASSIGNED', 18], ['SIGNED_FOR', 18], ['IN_PROGRESS', 30], ['REPLIED', 3], ['NOT_ACCEPTED', 5]]],
  [90, [['IN_PROGRESS', 30], ['REPLIED', 20], ['CLOSED', 44], ['NOT_ACCEPTED', 6]]],
  [365, [['CLOSED', 64], ['ARCHIVED', 27], ['NOT_ACCEPTED', 3], ['UNDER_REVIEW', 2], ['UNDER_RE_REVIEW', 1], ['TERMINATED', 1], ['IN_PROGRESS', 2]]],
  [Infinity, [['CLOSED', 30], ['ARCHIVED', 64], ['NOT_ACCEPTED', 3], ['TERMINATED', 1.5], ['UNDER_REVIEW', 0.5], ['IN_PROGRESS', 1]]],
];

/** A stable UUID (version-4 layout) from a name: the same name gives the same id. */
const uuidOf = (name: string) => `overlay(overlay(md5('lianban-bench:' || ${name}) placing '4' from 13) placing '8' from 17)::uuid`;

/**
 * The statements, in order. Parameters: $1 count, $2 now, $3 days, then the directory arrays (see
 * `parameters`). The plan is a temporary table: one row per case with every choice made.
 */
function statements() {
  const statusByAge = STATUS_BY_AGE.map(([age, mix]) => (age === Infinity ? `else ${weighted('u_status', mix)}` : `when age_days < ${age} then ${weighted('u_status', mix)}`));
  const cap = (at: string) => `least(${at}, $2::timestamptz)`;
  const hours = (salt: number, from: number, span: number) => `(${from} + pg_temp.h(g, ${salt}) % ${span}) * interval '1 hour'`;
  const plan = `
    create temp table bench_plan as
    with s1 as (
      select g,
        $2::timestamptz - ((g - 1) + (pg_temp.h(g, 1) % 1000) / 1000.0) * ($3::float8 * 86400 / $1::int) * interval '1 second' as registered_at,
        ${[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((salt, i) => `pg_temp.h(g, ${salt}) % 10000 as ${['u_channel', 'u_form', 'u_heads', 'u_level', 'u_status', 'u_priority', 'u_repeat', 'u_satisfaction', 'u_extension', 'u_cooperating', 'u_petitioners'][i]}`).join(',\n        ')},
        1 + pg_temp.h(g, 13) % cardinality($4::uuid[]) as township_slot,
        1 + pg_temp.h(g, 14) % cardinality($6::text[]) as category_slot
      from generate_series(1, $1::int) g offset 0
    ), s2 as (
      select s1.*,
        extract(epoch from $2::timestamptz - registered_at) / 86400 as age_days,
        ${weighted('u_channel', [['LETTER', 22], ['VISIT', 33], ['PHONE', 20], ['ONLINE', 18], ['LEADER_RECEPTION', 4], ['ASSIGNED_FROM_ABOVE', 3]])} as channel
      from s1 offset 0
    ), s3 as (
      select s2.*,
        case when channel in ('VISIT', 'LEADER_RECEPTION') and u_form < 1200 then 'COLLECTIVE' else 'INDIVIDUAL' end as form,
        case when channel = 'VISIT' then ${weighted('u_level', [['DISTRICT', 82], ['CITY', 12], ['PROVINCE', 5], ['BEIJING', 1]])}
             when channel = 'ASSIGNED_FROM_ABOVE' then ${weighted('u_level', [['CITY', 70], ['PROVINCE', 25], ['BEIJING', 5]])}
             else 'DISTRICT' end as level_visited,
        case ${statusByAge.join(' ')} end as status
      from s2 offset 0
    ), s4 as (
      select s3.*,
        case when form = 'COLLECTIVE' then 5 + floor((u_heads / 10000.0) ^ 2 * 75)::int
             when channel in ('VISIT', 'LEADER_RECEPTION') then ${weighted('u_heads', [[1, 70], [2, 20], [3, 7], [4, 3]])}
             else 1 end as head_count,
        status not in ('REGISTERED', 'NOT_ACCEPTED') as accepted,
        status in ${ASSIGNED} as assigned,
        status in ${CLOSED} as closed,
        ${cap(`registered_at + ${hours(20, 0, 8 * 24)}`)} as t_accept
      from s3 offset 0
    ), s5 as (
      select s4.*,
        ${cap(`t_accept + ${hours(21, 0, 3 * 24)}`)} as t_assign,
        ${cap(`t_accept + ${hours(23, 8 * 24, 62 * 24)}`)} as t_reply,
        case when accepted and u_extension < 800 then (array[10, 15, 30])[1 + pg_temp.h(g, 30) % 3] else 0 end as extension_days
      from s4 offset 0
    ), s6 as (
      select s5.*,
        ${cap(`t_assign + ${hours(22, 0, 2 * 24)}`)} as t_sign,
        ${cap(`t_reply + ${hours(24, 0, 5 * 24)}`)} as t_close
      from s5 offset 0
    ), s7 as (
      select s6.*,
        ${cap(`t_close + ${hours(26, 3 * 24, 22 * 24)}`)} as t_review_requested
      from s6 offset 0
    ), s8 as (
      select s7.*, ${cap(`t_review_requested + ${hours(27, 5 * 24, 20 * 24)}`)} as t_review_decided from s7 offset 0
    ), s9 as (
      select s8.*, ${cap(`t_review_decided + ${hours(28, 3 * 24, 22 * 24)}`)} as t_re_review_requested from s8 offset 0
    ), s10 as (
      select s9.*,
        extract(year from registered_at at time zone 'Asia/Shanghai')::int as year,
        ${cap(`t_re_review_requested + ${hours(29, 5 * 24, 20 * 24)}`)} as t_re_review_decided,
        case when accepted then t_accept end as accepted_at,
        case when assigned then t_assign end as assigned_at,
        case when assigned and status <> 'ASSIGNED' then t_sign end as signed_for_at,
        case when closed or status = 'REPLIED' then t_reply end as replied_at,
        case when closed then t_close when status = 'NOT_ACCEPTED' then ${cap(`registered_at + ${hours(25, 24, 11 * 24)}`)} end as closed_at,
        case when status in ('UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED') then t_review_requested end as review_requested_at,
        case when status in ('UNDER_RE_REVIEW', 'TERMINATED') then t_review_decided end as review_decided_at,
        case when status in ('UNDER_RE_REVIEW', 'TERMINATED') then t_re_review_requested end as re_review_requested_at
      from s9 offset 0
    ), s11 as (
      select s10.*,
        case when status = 'TERMINATED' then t_re_review_decided end as re_review_decided_at,
        case when status = 'REGISTERED' then 'ACCEPT'
             when status in ('ACCEPTED', 'ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS') then 'HANDLE'
             when status in ('REPLIED', 'CLOSED') and review_decided_at is not null then 'RE_REVIEW_REQUEST'
             when status in ('REPLIED', 'CLOSED') then 'REVIEW_REQUEST'
             when status = 'UNDER_REVIEW' then 'REVIEW_DECISION'
             when status = 'UNDER_RE_REVIEW' then 'RE_REVIEW_DECISION' end as running_clock,
        case when accepted then pg_temp.due(accepted_at, 60 + extension_days) end as handle_due
      from s10 offset 0
    )
    select s11.*,
      ${uuidOf(`'case:' || g`)} as id,
      coalesce(existing.top, 0) + row_number() over (partition by year order by g desc) as case_serial,
      ($4::uuid[])[township_slot] as township_id,
      ($5::text[])[township_slot] as township_name,
      ($6::text[])[category_slot] as category_main,
      ($7::text[])[category_slot] as category_sub,
      ($8::int[])[category_slot] as lead_index,
      case when assigned then ($10::uuid[])[($8::int[])[category_slot]] end as lead_department_id,
      ($9::text[])[category_slot] as complaint,
      case running_clock
        when 'ACCEPT' then pg_temp.due(registered_at, 15)
        when 'HANDLE' then handle_due
        when 'REVIEW_REQUEST' then pg_temp.due(replied_at, 30)
        when 'RE_REVIEW_REQUEST' then pg_temp.due(review_decided_at, 30)
        when 'REVIEW_DECISION' then pg_temp.due(review_requested_at, 30)
        when 'RE_REVIEW_DECISION' then pg_temp.due(re_review_requested_at, 30) end as due_at,
      case when form = 'COLLECTIVE' or u_petitioners < 1500 then 2 else 1 end as petitioners,
      case when assigned and u_cooperating < 2500 then case when u_cooperating < 750 then 2 else 1 end else 0 end as cooperating
    from s11
    left join (
      select substr(number, 3, 4)::int as year, max(substr(number, 8)::int) as top
      from "cases"."case" where number ~ '^XF[0-9]{4}-[0-9]+$' group by 1
    ) existing using (year)`;

  const cases = `
    insert into "cases"."case" (id, number, channel, form, head_count, level_visited, category_main, category_sub,
      township_id, lead_department_id, status, priority, summary, is_repeat, registered_at, closed_at, demands,
      assigning_level, assigning_document, rule_set, accepted_at, assigned_at, signed_for_at, replied_at, reply,
      satisfaction, not_accepted_reason, redirect_to, review_requested_at, review_decided_at, re_review_requested_at,
      re_review_decided_at, extension_days, running_clock, due_at, leader_id)
    select id, 'XF' || year || '-' || lpad(case_serial::text, greatest(6, length(case_serial::text)), '0'), channel::"cases"."channel", form::"cases"."case_form", head_count, level_visited::"cases"."visit_level",
      category_main, category_sub, township_id, lead_department_id, status::"cases"."case_status",
      ${weighted('u_priority', [['NORMAL', 85], ['URGENT', 12], ['VERY_URGENT', 3]])}::"cases"."priority",
      case when form = 'COLLECTIVE' then head_count || '名群众联名' else '' end || '反映' || township_name || complaint,
      u_repeat < 1800, registered_at, closed_at, '要求依法依规解决',
      case when channel = 'ASSIGNED_FROM_ABOVE' then level_visited::"cases"."visit_level" end,
      case when channel = 'ASSIGNED_FROM_ABOVE' then (case level_visited when 'CITY' then '市' when 'PROVINCE' then '省' else '国家' end)
        || '信访局交办〔' || year || '〕' || (1 + pg_temp.h(g, 31) % 300) || '号' end,
      'NATIONAL', accepted_at, assigned_at, signed_for_at, replied_at,
      case when replied_at is not null then '经调查核实，已依法依规处理并书面答复信访人' end,
      case when closed then ${weighted('u_satisfaction', [['SATISFIED', 70], ['BASICALLY_SATISFIED', 22], ['DISSATISFIED', 8]])}::"cases"."satisfaction" end,
      case when status = 'NOT_ACCEPTED' then '属于诉讼、仲裁等法定途径解决的事项' end,
      case when status = 'NOT_ACCEPTED' then '区人民法院' end,
      review_requested_at, review_decided_at, re_review_requested_at, re_review_decided_at,
      extension_days, running_clock::"cases"."clock_kind", due_at,
      case when assigned and (form = 'COLLECTIVE' or level_visited <> 'DISTRICT') then ($11::uuid[])[1 + pg_temp.h(g, 32) % cardinality($11::uuid[])] end
    from bench_plan`;

  // a GB 11643 ID number: 17 digits and a check character from their weighted sum (the region 410102 weighs 50)
  const petitioners = `
    insert into "cases"."petitioner" (id, case_id, position, name, id_number, phone, address)
    select ${uuidOf(`'petitioner:' || g || ':' || n`)}, case_id, n,
      ($14::text[])[1 + pg_temp.h(k, 40) % cardinality($14::text[])] || ($15::text[])[1 + pg_temp.h(k, 41) % cardinality($15::text[])],
      body || substr('10X98765432', 1 + (50 + 2 * (born / 1000) + (born / 100 % 10) + 6 * (born / 10 % 10) + 3 * (born % 10)
        + 7 * (month / 10) + 9 * (month % 10) + 10 * (day / 10) + 5 * (day % 10)
        + 8 * (serial / 100) + 4 * (serial / 10 % 10) + 2 * (serial % 10)) % 11, 1),
      '1' || (array['38', '39', '58', '86', '37', '51'])[1 + pg_temp.h(k, 42) % 6] || lpad((pg_temp.h(k, 43) % 100000000)::text, 8, '0'),
      township_name || (array['幸福', '和平', '建设', '光明', '新华'])[1 + pg_temp.h(k, 44) % 5]
        || (array['路', '街', '村'])[1 + pg_temp.h(k, 45) % 3] || (1 + pg_temp.h(k, 46) % 199) || '号'
    from (
      select person.*, '410102' || born || lpad(month::text, 2, '0') || lpad(day::text, 2, '0') || lpad(serial::text, 3, '0') as body
      from (
        select p.id as case_id, p.g, n, p.township_name, p.g * 4 + n as k,
          p.year - 20 - (pg_temp.h(p.g * 4 + n, 47) % 61)::int as born, 1 + (pg_temp.h(p.g * 4 + n, 48) % 12)::int as month,
          1 + (pg_temp.h(p.g * 4 + n, 49) % 28)::int as day, (pg_temp.h(p.g * 4 + n, 50) % 1000)::int as serial
        from bench_plan p cross join generate_series(1, p.petitioners) n
        offset 0
      ) person
      offset 0
    ) numbered`;

  // cooperating units: departments other than the lead, two distinct ones when there are two
  const tasks = `
    insert into "cases"."case_task" (id, case_id, unit_id, role, status, assigned_at, due_at, due_days, signed_for_at, completed_at, result)
    select ${uuidOf(`'task:' || g || ':lead'`)}, id, lead_department_id, 'LEAD'::"cases"."task_role",
      (case when replied_at is not null then 'DONE' when signed_for_at is not null then 'SIGNED_FOR' else 'ASSIGNED' end)::"cases"."task_status",
      assigned_at, handle_due, null::int, signed_for_at, replied_at, case when replied_at is not null then '已答复信访人' end
    from bench_plan where assigned
    union all
    select ${uuidOf(`'task:' || g || ':' || n`)}, id, ($10::uuid[])[1 + (lead_index + unit_offset) % cardinality($10::uuid[])], 'COOPERATING'::"cases"."task_role",
      state::"cases"."task_status", assigned_at, coalesce(pg_temp.due(assigned_at, due_days), handle_due), due_days,
      case when state <> 'ASSIGNED' then least(assigned_at + (pg_temp.h(g, 60 + n) % 48) * interval '1 hour', $2::timestamptz) end,
      case when state = 'DONE' then coalesce(replied_at, least(assigned_at + (2 + pg_temp.h(g, 62 + n) % 12) * interval '1 day', $2::timestamptz)) end,
      case when state = 'DONE' then '已配合核实情况并反馈牵头单位' end
    from (
      select p.g, n, p.id, p.lead_index, p.assigned_at, p.replied_at, p.handle_due,
        case when n = 1 then first_offset
             else (first_offset + 1 + (pg_temp.h(p.g, 52) % (cardinality($10::uuid[]) - 2))::int) % (cardinality($10::uuid[]) - 1) end as unit_offset,
        case when pg_temp.h(p.g, 53 + n) % 2 = 0 then (array[15, 20, 30])[1 + pg_temp.h(p.g, 55 + n) % 3] end as due_days,
        case when p.replied_at is not null then 'DONE'
             when p.signed_for_at is null then 'ASSIGNED'
             else ${weighted(`(pg_temp.h(p.g, 57 + n) % 10000)`, [['DONE', 40], ['SIGNED_FOR', 40], ['ASSIGNED', 20]])} end as state
      from (select bench_plan.*, (pg_temp.h(g, 51) % (cardinality($10::uuid[]) - 1))::int as first_offset from bench_plan where cooperating > 0 offset 0) p
      cross join generate_series(1, p.cooperating) n
      offset 0
    ) cooperating`;
  const extensions = `
    insert into "cases"."extension" (id, case_id, at, days, approver_id, reason)
    select ${uuidOf(`'extension:' || g`)}, id, least(accepted_at + interval '45 days', $2::timestamptz), extension_days,
      coalesce(($11::uuid[])[1 + pg_temp.h(g, 33) % cardinality($11::uuid[])], $12::uuid), '案情复杂，需多部门联合调查'
    from bench_plan where extension_days > 0`;

  const events = `
    insert into "cases"."case_event" (case_id, at, actor_id, unit_id, action, from_status, to_status, note)
    select p.id, step.at, step.actor, step.unit, step.action, step.from_status::"cases"."case_status", step.to_status::"cases"."case_status", step.note
    from bench_plan p
    cross join lateral (values
      (p.registered_at, 'REGISTERED', null, 'REGISTERED', $12::uuid, $13::uuid, null),
      (case when p.status = 'NOT_ACCEPTED' then p.closed_at end, 'NOT_ACCEPTED', 'REGISTERED', 'NOT_ACCEPTED', $12::uuid, $13::uuid, '属于诉讼、仲裁等法定途径解决的事项'),
      (p.accepted_at, 'ACCEPTED', 'REGISTERED', 'ACCEPTED', $12::uuid, $13::uuid, null),
      (p.assigned_at, 'ASSIGNED', 'ACCEPTED', 'ASSIGNED', $12::uuid, $13::uuid, null),
      (p.signed_for_at, 'SIGNED_FOR', 'ASSIGNED', 'SIGNED_FOR', null, p.lead_department_id, null),
      (case when p.extension_days > 0 then least(p.accepted_at + interval '45 days', $2::timestamptz) end, 'EXTENDED', null, null, $12::uuid, $13::uuid, '延期' || p.extension_days || '日'),
      (p.replied_at, 'REPLIED', 'IN_PROGRESS', 'REPLIED', null, p.lead_department_id, null),
      (case when p.closed then p.closed_at end, 'CLOSED', 'REPLIED', 'CLOSED', $12::uuid, $13::uuid, null),
      (case when p.status = 'ARCHIVED' then least(p.closed_at + interval '40 days', $2::timestamptz) end, 'ARCHIVED', 'CLOSED', 'ARCHIVED', $12::uuid, $13::uuid, null),
      (p.review_requested_at, 'REVIEW_REQUESTED', 'CLOSED', 'UNDER_REVIEW', $12::uuid, $13::uuid, null),
      (p.review_decided_at, 'REVIEW_DECIDED', 'UNDER_REVIEW', 'CLOSED', $12::uuid, $13::uuid, null),
      (p.re_review_requested_at, 'RE_REVIEW_REQUESTED', 'CLOSED', 'UNDER_RE_REVIEW', $12::uuid, $13::uuid, null),
      (p.re_review_decided_at, 'TERMINATED', 'UNDER_RE_REVIEW', 'TERMINATED', $12::uuid, $13::uuid, null)
    ) as step(at, action, from_status, to_status, actor, unit, note)
    where step.at is not null`;

  return { steps: [['choices', plan], ['case', cases], ['petitioner', petitioners], ['case_task', tasks], ['extension', extensions], ['case_event', events]] as const };
}

/** The directory as the statements' array parameters ($4 … $15), from the seeded district. */
function parameters(district: District): unknown[] {
  const townships = district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET');
  const townshipSlots = slots(townships.map((t) => [t, (t.population ?? 10_000) / 1000] as const));
  const departments = district.departments.filter((d) => d.kind === 'DEPARTMENT');
  const byCode = new Map(departments.map((d, i) => [d.code, i]));
  const categorySlots = slots(CATEGORIES.map((c) => [c, c[3]] as const));
  const leadIndex = (code: string) => {
    const index = byCode.get(code);
    if (index === undefined) throw new Error(`the lead department ${code} is not in the directory`);
    return index + 1;
  };
  const bureau = district.departments.find((d) => d.code === 'D-XFJ');
  const registrar = district.people.find((p) => p.unitId === bureau?.id && p.position === '信访联络员');
  if (!bureau || !registrar) throw new Error('the directory has no petition bureau (D-XFJ) with a liaison');
  return [
    townshipSlots.map((t) => t.id),
    townshipSlots.map((t) => t.name),
    categorySlots.map((c) => c[0]),
    categorySlots.map((c) => c[1]),
    categorySlots.map((c) => leadIndex(c[2])),
    categorySlots.map((c) => c[4]),
    departments.map((d) => d.id),
    district.people.filter((p) => p.isLeader).map((p) => p.id),
    registrar.id,
    bureau.id,
    SURNAMES,
    GIVEN,
  ];
}

/**
 * Adds `options.count` cases (with petitioners, tasks, extensions and timelines) to the cases schema of
 * the database `client` is connected to, whose directory is `district`. Case numbers continue each
 * year's highest existing number. Runs in one transaction; ANALYZE is left to the caller.
 */
export async function generateScaleCases(client: pg.Client, district: District, options: ScaleCaseOptions): Promise<ScaleCaseResult> {
  const { steps } = statements();
  const started = performance.now();
  const values = [options.count, options.now, options.days, ...parameters(district)];
  const timed = async <T>(run: () => Promise<T>) => {
    const t = performance.now();
    const result = await run();
    return { result, seconds: (performance.now() - t) / 1000 };
  };
  const result: ScaleCaseResult = { steps: [], seconds: 0, foreignKeyTriggers: true };
  // the plan is a temporary table of the whole load: keep it in memory (only settable before its first use)
  await client.query(`set temp_buffers = '512MB'`);
  await client.query('begin');
  try {
    // a row number's hash as a non-negative bigint; a deadline as computeDeadline counts calendar days
    await client.query(`create function pg_temp.h(g bigint, salt int) returns bigint language sql immutable parallel safe
      as $$ select hashint8extended(g, salt) & 9223372036854775807 $$`);
    await client.query(`create function pg_temp.due(start timestamptz, days int) returns timestamptz language sql immutable parallel safe
      as $$ select ((${dueDaySql(options, "(start at time zone 'Asia/Shanghai')::date + days")} + 1)::timestamp at time zone 'Asia/Shanghai') - interval '1 millisecond' $$`);
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '256MB'`);
    // the generated rows reference each other correctly by construction: a superuser skips the
    // per-row foreign-key triggers, which otherwise take as long as the inserts themselves
    const role = await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
    result.foreignKeyTriggers = !role.rows[0]?.rolsuper;
    if (!result.foreignKeyTriggers) await client.query('set local session_replication_role = replica');
    // indexes other than the primary keys and unique constraints are built once at the end, from their
    // own definitions, rather than kept up to date row by row through millions of random-order inserts
    const tables = steps.map(([step]) => step).filter((step) => step !== 'choices');
    const indexes = await client.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes i
       where schemaname = 'cases' and tablename = any($1)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = 'cases'::regnamespace)`,
      [tables],
    );
    for (const index of indexes.rows) await client.query(`drop index "cases"."${index.name.replaceAll('"', '""')}"`);
    for (const [step, sql] of steps) {
      const used = usedParameters(sql);
      const done = await timed(() => client.query(renumber(sql, used), used.map((n) => values[n - 1])));
      result.steps.push({ step, rows: step === 'choices' ? undefined : (done.result.rowCount ?? 0), seconds: done.seconds });
    }
    const rebuilt = await timed(async () => {
      for (const index of indexes.rows) await client.query(index.definition);
    });
    result.steps.push({ step: `${indexes.rows.length} indexes built`, seconds: rebuilt.seconds });
    await client.query('drop table bench_plan');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * SQL for the due day of a period whose last day is `lastDay` (a date expression): the national rule
 * sets move a last day that is a rest day to the next working day of the official calendar. Every day
 * the generated clocks can end on maps, through an array literal, to its due day.
 */
function dueDaySql(options: ScaleCaseOptions, lastDay: string): string {
  const calendar = officialCalendar();
  const dayMs = 86_400_000;
  const cst = (instant: number) => new Date(instant + 8 * 3_600_000).toISOString().slice(0, 10);
  const first = cst(options.now.getTime() - (options.days + 2) * dayMs);
  const days: string[] = [];
  // the longest clock started within the period runs 60 days and 30 of extension, plus a moved last day
  for (let at = Date.parse(`${first}T00:00:00Z`); days.length < options.days + 200; at += dayMs) {
    days.push(calendar.nextWorkingDayFrom(new Date(at).toISOString().slice(0, 10)));
  }
  return `coalesce(('{${days.join(',')}}'::date[])[(${lastDay}) - date '${first}' + 1], ${lastDay})`;
}

/** The $n a statement uses: PostgreSQL refuses parameters it cannot type, so each gets only its own. */
function usedParameters(sql: string): number[] {
  return [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

function renumber(sql: string, used: number[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`);
}
