import { registerEnumType } from 'type-graphql';
import { type Day, type WorkCalendar, addDays, dayOf, endOfDay } from '@lianban/kit';

/** The statutory clocks of a matter (domain.md §3). */
export enum ClockKind {
  /** 登记后转送/交办: register and route */
  ROUTE = 'ROUTE',
  /** 是否受理并告知: decide on acceptance */
  ACCEPT = 'ACCEPT',
  /** 办理: handle, from acceptance */
  HANDLE = 'HANDLE',
  /** 复查申请期: the petitioner may ask for review, from the reply */
  REVIEW_REQUEST = 'REVIEW_REQUEST',
  /** 复查决定: the review decision, from the request */
  REVIEW_DECISION = 'REVIEW_DECISION',
  /** 复核申请期: the petitioner may ask for re-review, from the review opinion */
  RE_REVIEW_REQUEST = 'RE_REVIEW_REQUEST',
  /** 复核决定: the re-review opinion, from the request */
  RE_REVIEW_DECISION = 'RE_REVIEW_DECISION',
}

/** 日 (calendar days) or 工作日 (working days). */
export enum DayCount {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}

registerEnumType(ClockKind, { name: 'ClockKind', description: '时限种类' });
registerEnumType(DayCount, {
  name: 'DayCount',
  valuesConfig: { CALENDAR: { description: '日 (自然日)' }, WORKING: { description: '工作日' } },
});

export interface ClockRule {
  days: number;
  count: DayCount;
  /** Where the limit comes from, shown to users next to the deadline. */
  basis: string;
  /**
   * A period counted in calendar days whose last day is a rest day (a weekend day that is not a make-up
   * working day, or a public holiday) ends on the next working day instead. Set from the rule set.
   */
  lastDayOffMoves?: boolean;
}

export interface RuleSet {
  code: string;
  name: string;
  clocks: Record<ClockKind, ClockRule>;
  /** Most days an extension of the handling clock may add in all. */
  maxExtensionDays: number;
  /**
   * Whether the last day of a calendar-day period that falls on a rest day moves to the next working
   * day (《民法典》第二百零三条; the procedure laws say the same). Working-day periods end on a working
   * day anyway.
   */
  lastDayOffMoves: boolean;
}

/** The rule text shown beside a deadline of a rule set that moves a last day off a rest day. */
export const LAST_DAY_OFF_RULE = '期间最后一日是法定休假日的, 以法定休假日结束的次日为期间的最后一日 (《民法典》第二百零三条)';

/** A rule set whose clocks carry its rest-day rule, and say so in their rule text (from any clocks, also another set's). */
export function defineRuleSet(set: RuleSet): RuleSet {
  const clocks = Object.fromEntries(
    Object.entries(set.clocks).map(([clock, rule]) => {
      const moves = set.lastDayOffMoves && rule.count === DayCount.CALENDAR;
      const basis = rule.basis.replace(`; ${LAST_DAY_OFF_RULE}`, '');
      return [clock, { ...rule, lastDayOffMoves: moves, basis: moves ? `${basis}; ${LAST_DAY_OFF_RULE}` : basis }];
    }),
  ) as Record<ClockKind, ClockRule>;
  return { ...set, clocks };
}

const NATIONAL_CLOCKS: Record<ClockKind, ClockRule> = {
  ROUTE: { days: 15, count: DayCount.CALENDAR, basis: '《信访工作条例》第二十二条: 15日内转送、交办' },
  ACCEPT: { days: 15, count: DayCount.CALENDAR, basis: '《信访工作条例》第二十四条: 15日内决定是否受理并告知' },
  HANDLE: { days: 60, count: DayCount.CALENDAR, basis: '《信访工作条例》第三十三条: 自受理之日起60日内办结' },
  REVIEW_REQUEST: { days: 30, count: DayCount.CALENDAR, basis: '《信访工作条例》第三十五条: 收到答复之日起30日内请求复查' },
  REVIEW_DECISION: { days: 30, count: DayCount.CALENDAR, basis: '《信访工作条例》第三十五条: 收到复查请求之日起30日内提出复查意见' },
  RE_REVIEW_REQUEST: { days: 30, count: DayCount.CALENDAR, basis: '《信访工作条例》第三十六条: 收到复查意见之日起30日内请求复核' },
  RE_REVIEW_DECISION: { days: 30, count: DayCount.CALENDAR, basis: '《信访工作条例》第三十六条: 收到复核请求之日起30日内提出复核意见' },
};

/**
 * The rule sets a case can be handled under; the national one is the default. Looked up by a code a
 * client sends: the object has no prototype, so `__proto__` or `constructor` name no rule set.
 */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = Object.freeze(Object.assign(Object.create(null) as Record<string, RuleSet>, {
  NATIONAL: defineRuleSet({ code: 'NATIONAL', name: '《信访工作条例》(2022)', clocks: NATIONAL_CLOCKS, maxExtensionDays: 30, lastDayOffMoves: true }),
  HOTLINE_12345: defineRuleSet({
    code: 'HOTLINE_12345',
    name: '12345热线工单办理规定',
    clocks: {
      ...NATIONAL_CLOCKS,
      ROUTE: { days: 1, count: DayCount.WORKING, basis: '12345热线: 1个工作日内派单' },
      ACCEPT: { days: 1, count: DayCount.WORKING, basis: '12345热线: 1个工作日内签收' },
      HANDLE: { days: 5, count: DayCount.WORKING, basis: '12345热线: 5个工作日内办结' },
    },
    maxExtensionDays: 5,
    // its calendar-day clocks (review and re-review) are the national ones
    lastDayOffMoves: true,
  }),
  LEADER_INSTRUCTED: defineRuleSet({
    code: 'LEADER_INSTRUCTED',
    name: '领导批示件办理规定',
    clocks: { ...NATIONAL_CLOCKS, HANDLE: { days: 5, count: DayCount.WORKING, basis: '领导批示件: 一周(5个工作日)内办结' } },
    maxExtensionDays: 5,
    lastDayOffMoves: true,
  }),
}));

export interface Deadline {
  clock: ClockKind;
  rule: ClockRule;
  startDay: Day;
  dueDay: Day;
  /** The end of the due day, CST. */
  dueAt: Date;
  /** Days added by approved extensions. */
  extensionDays: number;
  /** Years whose official calendar is unknown: working days there were counted as weekdays only. */
  unpublishedYears: number[];
  /** The day the period ended on before it was moved off a rest day (see `ClockRule.lastDayOffMoves`). */
  movedFrom?: Day;
}

/** When a clock started at `start` falls due under `rule` (days count from the next day). */
export function computeDeadline(
  clock: ClockKind,
  rule: ClockRule,
  start: Date,
  calendar: WorkCalendar,
  extensionDays = 0,
): Deadline {
  const startDay = dayOf(start);
  const days = rule.days + extensionDays;
  if (rule.count === DayCount.WORKING) {
    const dueDay = calendar.addWorkingDays(startDay, days);
    return { clock, rule, startDay, dueDay, dueAt: endOfDay(dueDay), extensionDays, unpublishedYears: calendar.unpublishedYears(startDay, dueDay) };
  }
  const lastDay = addDays(startDay, days);
  if (!rule.lastDayOffMoves) return { clock, rule, startDay, dueDay: lastDay, dueAt: endOfDay(lastDay), extensionDays, unpublishedYears: [] };
  const dueDay = calendar.nextWorkingDayFrom(lastDay);
  return {
    clock,
    rule,
    startDay,
    dueDay,
    dueAt: endOfDay(dueDay),
    extensionDays,
    // whether the last day is a holiday is only known where the official calendar is
    unpublishedYears: calendar.unpublishedYears(lastDay, dueDay),
    movedFrom: dueDay === lastDay ? undefined : lastDay,
  };
}

/** 挂牌: green on time, yellow extended, red overdue. */
export enum Card {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** Early warnings before a breach. */
export enum Warning {
  NONE = 'NONE',
  /** half of the time used */
  HALF_USED = 'HALF_USED',
  /** three quarters of the time used */
  THREE_QUARTERS_USED = 'THREE_QUARTERS_USED',
  OVERDUE = 'OVERDUE',
}

registerEnumType(Card, {
  name: 'Card',
  valuesConfig: { GREEN: { description: '绿牌: 按期' }, YELLOW: { description: '黄牌: 已延期' }, RED: { description: '红牌: 超期' } },
});
registerEnumType(Warning, { name: 'Warning', description: '预警' });

export interface ClockState {
  card: Card;
  warning: Warning;
  /** Share of the allowed days used so far (or when it stopped), 0..1+ */
  used: number;
}

/**
 * The card and warning of a clock at `now` (or at `stoppedAt`, when the work was done): days used are
 * counted the way the rule counts them.
 */
export function clockState(deadline: Deadline, calendar: WorkCalendar, now: Date, stoppedAt?: Date): ClockState {
  const at = stoppedAt ?? now;
  const today = dayOf(at);
  // a period moved off a rest day has the days up to its new last day
  const total = deadline.movedFrom
    ? (Date.parse(deadline.dueDay) - Date.parse(deadline.startDay)) / 86_400_000
    : deadline.rule.days + deadline.extensionDays;
  const elapsed =
    deadline.rule.count === DayCount.CALENDAR
      ? Math.max(0, (Date.parse(today) - Date.parse(deadline.startDay)) / 86_400_000)
      : calendar.workingDaysBetween(deadline.startDay, today);
  const used = total > 0 ? elapsed / total : 1;
  const overdue = at.getTime() > deadline.dueAt.getTime();
  const card = overdue ? Card.RED : deadline.extensionDays > 0 ? Card.YELLOW : Card.GREEN;
  const warning = overdue
    ? Warning.OVERDUE
    : stoppedAt
      ? Warning.NONE
      : used >= 0.75
        ? Warning.THREE_QUARTERS_USED
        : used >= 0.5
          ? Warning.HALF_USED
          : Warning.NONE;
  return { card, warning, used: Math.round(used * 1000) / 1000 };
}
