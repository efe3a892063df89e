import type { WorkCalendar } from '@lianban/kit';
import { Card, ClockKind, RULE_SETS, Warning, clockState, computeDeadline } from '../clocks/rules';
import type { CaseTask } from '../entities/case-task.entity';
import type { Case } from '../entities/case.entity';
import type { CaseClock } from '../types/clock.type';

/** The clocks that measure the units' work (the petitioner's own request windows are not graded). */
export const UNIT_CLOCKS = [ClockKind.ACCEPT, ClockKind.HANDLE, ClockKind.REVIEW_DECISION, ClockKind.RE_REVIEW_DECISION];

/** Every clock a case has started, with its deadline, rule, card and warning at `now`. */
export function caseClocks(matter: Case, calendar: WorkCalendar, now: Date): CaseClock[] {
  const rules = RULE_SETS[matter.ruleSet] ?? RULE_SETS.NATIONAL;
  const spans: [ClockKind, Date | undefined, Date | undefined][] = [
    // 第二十二条: routed (交办 to the lead unit) or, when not accepted, sent on to the competent organ
    [ClockKind.ROUTE, matter.registeredAt, matter.assignedAt ?? (matter.notAcceptedReason ? matter.closedAt : undefined)],
    [ClockKind.ACCEPT, matter.registeredAt, matter.acceptedAt ?? (matter.notAcceptedReason ? matter.closedAt : undefined)],
    [ClockKind.HANDLE, matter.acceptedAt, matter.repliedAt],
    [ClockKind.REVIEW_REQUEST, matter.repliedAt, matter.reviewRequestedAt ?? (matter.runningClock === ClockKind.REVIEW_REQUEST ? undefined : matter.repliedAt)],
    [ClockKind.REVIEW_DECISION, matter.reviewRequestedAt, matter.reviewDecidedAt],
    [ClockKind.RE_REVIEW_REQUEST, matter.reviewDecidedAt, matter.reReviewRequestedAt ?? (matter.runningClock === ClockKind.RE_REVIEW_REQUEST ? undefined : matter.reviewDecidedAt)],
    [ClockKind.RE_REVIEW_DECISION, matter.reReviewRequestedAt, matter.reReviewDecidedAt],
  ];
  return spans
    .filter(([, start]) => start)
    // a case merged into another is worked on there: its own clocks stop at the merge
    .map(([clock, start, stopped]) => [clock, start, stopped ?? matter.mergedAt] as const)
    .map(([clock, start, stoppedAt]) => {
      const deadline = computeDeadline(clock, rules.clocks[clock], start as Date, calendar, clock === ClockKind.HANDLE ? matter.extensionDays : 0);
      const state = clockState(deadline, calendar, now, stoppedAt);
      return {
        clock,
        basis: deadline.movedFrom
          ? `${deadline.rule.basis}; 本期限末日${deadline.movedFrom}为法定休假日, 顺延至${deadline.dueDay}`
          : deadline.rule.basis,
        dueDayMovedFrom: deadline.movedFrom,
        ruleSet: rules.name,
        days: deadline.rule.days,
        count: deadline.rule.count,
        extensionDays: deadline.extensionDays,
        startedAt: start as Date,
        dueDay: deadline.dueDay,
        dueAt: deadline.dueAt,
        stoppedAt,
        ...state,
        calendarNote: deadline.unpublishedYears.length
          ? `no official calendar published for ${deadline.unpublishedYears.join(', ')}: working days there counted as weekdays only`
          : undefined,
      };
    });
}

const CARD_ORDER = [Card.GREEN, Card.YELLOW, Card.RED];
const WARNING_ORDER = [Warning.NONE, Warning.HALF_USED, Warning.THREE_QUARTERS_USED, Warning.OVERDUE];

/**
 * The card of a case: the worst of the unit clock now running and the bureau's register-and-route
 * clock while the case waits to be routed; once nothing runs, that of the handling clock when it stopped.
 */
export function caseCard(clocks: CaseClock[]): { card: Card; warning: Warning } | null {
  const running = clocks.filter((c) => !c.stoppedAt && (UNIT_CLOCKS.includes(c.clock) || c.clock === ClockKind.ROUTE));
  const worst = running.reduce<CaseClock | undefined>(
    (w, c) =>
      !w || CARD_ORDER.indexOf(c.card) > CARD_ORDER.indexOf(w.card) ||
      (c.card === w.card && WARNING_ORDER.indexOf(c.warning) > WARNING_ORDER.indexOf(w.warning))
        ? c
        : w,
    undefined,
  );
  const graded = worst ?? clocks.find((c) => c.clock === ClockKind.HANDLE);
  return graded ? { card: graded.card, warning: graded.warning } : null;
}

/** A task's card: red when its result came (or is still missing) after its due time. */
export function taskCard(task: CaseTask, extended: boolean, now: Date): { card: Card; warning: Warning } {
  const end = task.completedAt ?? now;
  if (end > task.dueAt) return { card: Card.RED, warning: Warning.OVERDUE };
  const used = (end.getTime() - task.assignedAt.getTime()) / Math.max(1, task.dueAt.getTime() - task.assignedAt.getTime());
  const warning = task.completedAt ? Warning.NONE : used >= 0.75 ? Warning.THREE_QUARTERS_USED : used >= 0.5 ? Warning.HALF_USED : Warning.NONE;
  return { card: extended ? Card.YELLOW : Card.GREEN, warning };
}

