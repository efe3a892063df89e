import { ValidationError, type WorkCalendar, checkId, dayOf } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockKind, RULE_SETS, computeDeadline } from '../clocks/rules';
import { CaseForm, CaseStatus, VisitLevel } from '../types/case.enums';
import { yearEarlier } from './statistics.service';

/** Whose the cases are: the township they come from (属地), or the unit that leads them (牵头单位). */
export type FactAttribution = 'ORIGIN' | 'LEAD';

/** A case behind a count: its id, number and head-count (人次), never its petitioners. */
export interface FactCase {
  id: string;
  number: string;
  persons: number;
}

/** One metric of one unit: a count (with its cases) or a rate's numerator and denominator. */
export interface Fact {
  metric: string;
  value: number;
  /** Rates only: what the numerator is a share of. */
  denominator?: number;
  /** Persons (人次) over the counted cases. */
  persons: number;
  /** The same count a year earlier (counts registered in the period only). */
  lastYearValue?: number;
  /** Counts: the cases counted. Rates: the cases of the denominator that are not in the numerator (what lost points). */
  cases: FactCase[];
}

export interface UnitFacts {
  unitId: string;
  facts: Fact[];
}

/**
 * The metrics the facts call reports, with what each counts. Counts are of cases registered in the period
 * unless said otherwise; merged-in duplicates keep counting as intakes (domain.md §5) but have no rates.
 */
export const FACT_METRICS = {
  cases: '信访总量 (件次): cases registered in the period',
  collectiveVisits: '集体访 (批次, with 人次): collective cases registered in the period',
  skipLevelVisits: '越级访: cases whose level visited is above the district (city, province, Beijing)',
  skipLevelCity: '到市访',
  skipLevelProvince: '赴省访',
  skipLevelBeijing: '进京访',
  collectiveSkipLevel: '集体越级访: collective cases of more than 5 people to the city or above',
  repeatPetitions: '重复访: repeat petitions (重信重访) registered in the period',
  overdueCases: '超期: accepted cases whose handling deadline fell in the period and that were not replied by it',
  backlogResolved: '积案化解: cases overdue and open at the start of the period, closed during it',
  closureRate: '办结率: cases registered and accepted in the period, closed by its end',
  onTimeClosureRate: '按期办结率: cases whose handling deadline fell in the period, replied by the deadline',
  timelyAcceptanceRate: '及时受理率: cases registered in the period whose acceptance deadline has passed or who were accepted, accepted by the deadline',
  satisfactionRate: '满意率: cases closed in the period with a verdict, satisfied or basically satisfied',
  participationRate: '参评率: cases closed in the period, with a satisfaction verdict',
  backlogResolutionRate: '化解率: the backlog at the start of the period (overdue and open), closed during it',
  repeatRate: '重复访率: repeat petitions among the cases registered in the period',
} as const;

export type FactMetric = keyof typeof FACT_METRICS;

/** Statuses that count as 办结. */
const CLOSED = [CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.UNDER_REVIEW, CaseStatus.UNDER_RE_REVIEW, CaseStatus.TERMINATED];

/** The count metrics computed by one GROUP BY, and the SQL condition of each (the period's rows only). */
const COUNTS: [FactMetric, string][] = [
  ['cases', 'true'],
  ['collectiveVisits', `form = '${CaseForm.COLLECTIVE}'`],
  ['skipLevelVisits', `level_visited <> '${VisitLevel.DISTRICT}'`],
  ['skipLevelCity', `level_visited = '${VisitLevel.CITY}'`],
  ['skipLevelProvince', `level_visited = '${VisitLevel.PROVINCE}'`],
  ['skipLevelBeijing', `level_visited = '${VisitLevel.BEIJING}'`],
  ['collectiveSkipLevel', `form = '${CaseForm.COLLECTIVE}' and head_count > 5 and level_visited <> '${VisitLevel.DISTRICT}'`],
  ['repeatPetitions', 'is_repeat'],
];

type CaseTriple = [string, string, number];

interface RateParts {
  numerator: number;
  denominator: number;
  shortfall: FactCase[];
}

const MAX_UNITS = 1000;

/**
 * 考核事实: what assessment schemes score, per unit and period, in at most three SQL statements whatever
 * the number of units (those the metrics asked need): one GROUP BY unit for the counts and the rates that need no deadline, one for the
 * cases whose statutory deadlines matter (computed here with the official working-day calendar, as the
 * case clocks are) and one for the satisfaction rates of cases closed in the period.
 */
export class AssessmentFactsService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: WorkCalendar,
  ) {}

  async facts(unitIds: string[], from: Date, to: Date, attribution: FactAttribution = 'ORIGIN', metrics?: string[], casesFor?: string[]): Promise<UnitFacts[]> {
    for (const [field, list] of [['metrics', metrics], ['casesFor', casesFor]] as const) {
      const unknown = (list ?? []).find((metric) => !(metric in FACT_METRICS));
      if (unknown !== undefined) throw new ValidationError(`${field}: unknown metric ${JSON.stringify(unknown)}; known: ${Object.keys(FACT_METRICS).join(', ')}`, field);
    }
    const asked = new Set<string>(metrics ?? Object.keys(FACT_METRICS));
    // the count metrics whose cases are listed (json_agg is most of the statement's work)
    const wanted = new Set<string>(casesFor ? casesFor.filter((metric) => asked.has(metric)) : asked);
    if (from >= to) throw new ValidationError('from must be before to', 'from');
    if (to.getTime() - from.getTime() > 367 * 86_400_000) throw new ValidationError('a period covers at most a year', 'to');
    if (unitIds.length > MAX_UNITS) throw new ValidationError(`unitIds: at most ${MAX_UNITS} units at a time`, 'unitIds');
    const units = [...new Set(unitIds.map((id, i) => checkId(id, `unitIds[${i}]`)))];
    if (!units.length) return [];
    const unitColumn = attribution === 'LEAD' ? 'lead_department_id' : 'township_id';
    const lastFrom = yearEarlier(from);
    const lastTo = yearEarlier(to);
    const unitMarks = units.map(() => '?').join(', ');
    const triple = `json_build_array(id, number, head_count)`;
    const now = `(registered_at >= ? and registered_at < ?)`;
    const counted = COUNTS.map(
      ([metric, condition]) =>
        `count(*) filter (where ${now} and ${condition}) as "${metric}",
         count(*) filter (where not ${now} and ${condition}) as "${metric}_last",
         ${wanted.has(metric) || (metric === 'repeatPetitions' && wanted.has('repeatRate')) ? `coalesce(json_agg(${triple} order by number) filter (where ${now} and ${condition}), '[]')` : `'[]'::json`} as "${metric}_cases"`,
    );
    const closedMarks = CLOSED.map(() => '?').join(', ');
    const counts = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select ${unitColumn} as unit_id, ${counted.join(',\n')},
         count(*) filter (where ${now} and accepted_at is not null and merged_into_id is null) as "closure_den",
         count(*) filter (where ${now} and accepted_at is not null and merged_into_id is null and closed_at < ? and status in (${closedMarks})) as "closure_num",
         coalesce(json_agg(${triple} order by number) filter (where ${now} and accepted_at is not null and merged_into_id is null
           and not (closed_at is not null and closed_at < ? and status in (${closedMarks}))), '[]') as "closure_short"
       from "cases"."case"
       where ${unitColumn} in (${unitMarks})
         and ((registered_at >= ? and registered_at < ?) or (registered_at >= ? and registered_at < ?))
       group by ${unitColumn}`,
      [
        ...COUNTS.flatMap(([metric]) => (wanted.has(metric) || (metric === 'repeatPetitions' && wanted.has('repeatRate')) ? [from, to, from, to, from, to] : [from, to, from, to])),
        from, to,
        from, to, to, ...CLOSED,
        from, to, to, ...CLOSED,
        ...units,
        from, to, lastFrom, lastTo,
      ],
    );

    // the cases whose handling or acceptance deadline may matter for the period: accepted and open at some
    // time in it, or registered in it; their deadlines follow the case's rule set and the official calendar.
    // Asked only when a metric needs it; instants as epoch milliseconds (numbers parse faster than dates)
    const needsAcceptance = asked.has('timelyAcceptanceRate');
    const needsHandling = ['onTimeClosureRate', 'overdueCases', 'backlogResolved', 'backlogResolutionRate'].some((metric) => asked.has(metric));
    const epoch = (column: string) => `(extract(epoch from ${column}) * 1000)::float8 as ${column}`;
    const clocked = needsAcceptance || needsHandling
      ? await this.em.getConnection().execute<
        { unit_id: string; id: string; number: string; head_count: number; registered_at: number; accepted_at: number | null; replied_at: number | null; closed_at: number | null; status: CaseStatus; rule_set: string; extension_days: number }[]
      >(
        `select ${unitColumn} as unit_id, id, number, head_count, ${['registered_at', 'accepted_at', 'replied_at', 'closed_at'].map(epoch).join(', ')}, status, rule_set, extension_days
         from "cases"."case"
         where ${unitColumn} in (${unitMarks}) and merged_into_id is null
           and (${needsAcceptance ? '(registered_at >= ? and registered_at < ?)' : 'false'}
             or ${needsHandling ? '(accepted_at is not null and accepted_at < ? and (closed_at is null or closed_at >= ?))' : 'false'})
         order by number`,
        [...units, ...(needsAcceptance ? [from, to] : []), ...(needsHandling ? [to, from] : [])],
      )
      : [];

    const needsVerdicts = asked.has('satisfactionRate') || asked.has('participationRate');
    const verdicts = needsVerdicts
      ? await this.em.getConnection().execute<Record<string, unknown>[]>(
        `select ${unitColumn} as unit_id,
           count(*) as closed,
           count(*) filter (where satisfaction is not null) as rated,
           count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
           coalesce(json_agg(${triple} order by number) filter (where satisfaction = 'DISSATISFIED'), '[]') as dissatisfied_cases,
           coalesce(json_agg(${triple} order by number) filter (where satisfaction is null), '[]') as unrated_cases
         from "cases"."case"
         where ${unitColumn} in (${unitMarks}) and merged_into_id is null and closed_at >= ? and closed_at < ?
         group by ${unitColumn}`,
        [...units, from, to],
      )
      : [];

    const byUnit = new Map<string, Map<FactMetric, Fact>>(units.map((id) => [id, new Map()]));
    const put = (unitId: string, fact: Fact) => byUnit.get(unitId)?.set(fact.metric as FactMetric, fact);
    const toCases = (raw: unknown): FactCase[] => (raw as CaseTriple[]).map(([id, number, persons]) => ({ id, number, persons }));
    const persons = (cases: FactCase[]) => cases.reduce((sum, c) => sum + c.persons, 0);

    for (const row of counts) {
      const unitId = row.unit_id as string;
      for (const [metric] of COUNTS) {
        const cases = toCases(row[`${metric}_cases`]);
        put(unitId, { metric, value: Number(row[metric]), persons: persons(cases), lastYearValue: Number(row[`${metric}_last`]), cases });
      }
      const shortfall = toCases(row.closure_short);
      put(unitId, { metric: 'closureRate', value: Number(row.closure_num), denominator: Number(row.closure_den), persons: persons(shortfall), cases: shortfall });
      const repeats = Number(row.repeatPetitions);
      const total = Number(row.cases);
      const repeatCases = toCases(row.repeatPetitions_cases);
      put(unitId, { metric: 'repeatRate', value: repeats, denominator: total, persons: persons(repeatCases), cases: repeatCases });
    }

    const rates = new Map<string, Record<'onTime' | 'timely' | 'backlog', RateParts> & { overdue: FactCase[]; resolved: FactCase[] }>();
    const partsOf = (unitId: string) => {
      let parts = rates.get(unitId);
      if (!parts) {
        const empty = (): RateParts => ({ numerator: 0, denominator: 0, shortfall: [] });
        rates.set(unitId, (parts = { onTime: empty(), timely: empty(), backlog: empty(), overdue: [], resolved: [] }));
      }
      return parts;
    };
    // a deadline depends only on the rule set, the clock, the start day and the extension: cases share them
    const deadlines = new Map<string, Date>();
    const dueAt = (rules: (typeof RULE_SETS)[string], clock: ClockKind.ACCEPT | ClockKind.HANDLE, start: Date, extension: number) => {
      const key = `${rules.code}|${clock}|${dayOf(start)}|${extension}`;
      let due = deadlines.get(key);
      if (!due) deadlines.set(key, (due = computeDeadline(clock, rules.clocks[clock], start, this.calendar, extension).dueAt));
      return due;
    };
    for (const row of clocked) {
      const parts = partsOf(row.unit_id);
      const matter: FactCase = { id: row.id, number: row.number, persons: row.head_count };
      const rules = RULE_SETS[row.rule_set] ?? RULE_SETS.NATIONAL;
      const registered = new Date(row.registered_at);
      const accepted = row.accepted_at === null ? undefined : new Date(row.accepted_at);
      const replied = row.replied_at === null ? undefined : new Date(row.replied_at);
      const closed = row.closed_at === null ? undefined : new Date(row.closed_at);
      if (needsAcceptance && registered >= from && registered < to) {
        const due = dueAt(rules, ClockKind.ACCEPT, registered, 0);
        const decided = accepted && accepted < to;
        if (decided || due < to) {
          parts.timely.denominator++;
          if (accepted && accepted <= due) parts.timely.numerator++;
          else parts.timely.shortfall.push(matter);
        }
      }
      if (!accepted) continue;
      const due = dueAt(rules, ClockKind.HANDLE, accepted, row.extension_days);
      if (due >= from && due < to) {
        parts.onTime.denominator++;
        if (replied && replied <= due) parts.onTime.numerator++;
        else {
          parts.onTime.shortfall.push(matter);
          parts.overdue.push(matter);
        }
      }
      // 积案: overdue and not closed at the start of the period
      const openAtStart = !closed || closed >= from;
      if (due < from && openAtStart && accepted < from && (!replied || replied > due)) {
        parts.backlog.denominator++;
        if (closed && closed < to && CLOSED.includes(row.status)) {
          parts.backlog.numerator++;
          parts.resolved.push(matter);
        } else parts.backlog.shortfall.push(matter);
      }
    }
    for (const [unitId, parts] of rates) {
      put(unitId, { metric: 'onTimeClosureRate', value: parts.onTime.numerator, denominator: parts.onTime.denominator, persons: persons(parts.onTime.shortfall), cases: parts.onTime.shortfall });
      put(unitId, { metric: 'timelyAcceptanceRate', value: parts.timely.numerator, denominator: parts.timely.denominator, persons: persons(parts.timely.shortfall), cases: parts.timely.shortfall });
      put(unitId, { metric: 'backlogResolutionRate', value: parts.backlog.numerator, denominator: parts.backlog.denominator, persons: persons(parts.backlog.shortfall), cases: parts.backlog.shortfall });
      put(unitId, { metric: 'overdueCases', value: parts.overdue.length, persons: persons(parts.overdue), cases: parts.overdue });
      put(unitId, { metric: 'backlogResolved', value: parts.resolved.length, persons: persons(parts.resolved), cases: parts.resolved });
    }

    for (const row of verdicts) {
      const unitId = row.unit_id as string;
      const dissatisfied = toCases(row.dissatisfied_cases);
      const unrated = toCases(row.unrated_cases);
      put(unitId, { metric: 'satisfactionRate', value: Number(row.satisfied), denominator: Number(row.rated), persons: persons(dissatisfied), cases: dissatisfied });
      put(unitId, { metric: 'participationRate', value: Number(row.rated), denominator: Number(row.closed), persons: persons(unrated), cases: unrated });
    }

    // every unit gets every metric: zero with no cases when nothing was recorded
    return units.map((unitId) => {
      const facts = byUnit.get(unitId) as Map<FactMetric, Fact>;
      return {
        unitId,
        facts: (Object.keys(FACT_METRICS) as FactMetric[]).filter((metric) => asked.has(metric)).map(
          (metric) => facts.get(metric) ?? { metric, value: 0, persons: 0, cases: [], ...(metric.endsWith('Rate') ? { denominator: 0 } : { lastYearValue: 0 }) },
        ),
      };
    });
  }
}
