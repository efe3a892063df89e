/** Chinese words for the screening, warning, daily-report and notice enums of the API. */
import type { CombinedError } from '@urql/core';
import { describeError, errorCode, errorField } from './client';
import type { Cadence, DailyReportState, EarlyWarningStatus, NoticeKind, RiskLevel } from '../graphql/graphql';

export const CADENCE: Record<Cadence, string> = { WEEKLY: '每周', MONTHLY: '每月' };

export const RISK: Record<RiskLevel, string> = { LOW: '一般', MEDIUM: '较大', HIGH: '重大' };
export const RISK_TAG: Record<RiskLevel, 'info' | 'warning' | 'danger'> = { LOW: 'info', MEDIUM: 'warning', HIGH: 'danger' };

export const EARLY_WARNING_STATUS: Record<EarlyWarningStatus, string> = { OPEN: '待匹配', MATCHED: '已匹配' };

export const DAILY_STATE: Record<DailyReportState, string> = { ON_TIME: '按时报送', LATE: '迟报', MISSING: '漏报', PENDING: '待报送' };
export const DAILY_STATE_TAG: Record<DailyReportState, 'success' | 'warning' | 'danger' | 'info'> = {
  ON_TIME: 'success',
  LATE: 'warning',
  MISSING: 'danger',
  PENDING: 'info',
};

export const NOTICE_KIND: Record<NoticeKind, string> = {
  CLOCK_HALF_USED: '时限过半',
  CLOCK_THREE_QUARTERS_USED: '时限已用75%',
  CLOCK_OVERDUE: '超期',
  CASE_ASSIGNED: '交办',
  TASK_ASSIGNED: '协办任务',
  CASE_SUPERVISED: '督办',
  REPORT_MISSING: '漏报提醒',
  MEETING_NOTICE: '会议通知',
};
export const NOTICE_KIND_TAG: Record<NoticeKind, 'info' | 'warning' | 'danger' | 'primary' | 'success'> = {
  CLOCK_HALF_USED: 'warning',
  CLOCK_THREE_QUARTERS_USED: 'warning',
  CLOCK_OVERDUE: 'danger',
  CASE_ASSIGNED: 'primary',
  TASK_ASSIGNED: 'primary',
  CASE_SUPERVISED: 'danger',
  REPORT_MISSING: 'warning',
  MEETING_NOTICE: 'success',
};

/**
 * The one state of a unit's own day (a liaison's tally counts its unit only): 按时, 迟报, 漏报 or 待报送.
 */
export function ownDayState(day: { onTime: number; late: number; missing: number; pending: number }): DailyReportState {
  if (day.onTime) return 'ON_TIME';
  if (day.late) return 'LATE';
  if (day.missing) return 'MISSING';
  return 'PENDING';
}

/**
 * The form item a field named by the API belongs to: `input.factors[0].place` → `factors.0.place`.
 */
export function fieldProp(field: string): string {
  return field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Puts a failed filing's message where the user sees it: under the field the API names (BAD_USER_INPUT
 * with extensions.field), else in the form's alert. The form keeps what was typed.
 */
export function showFailure(
  error: CombinedError,
  errors: Record<string, string>,
  failure: { value: string },
  fieldMessage = '填报信息有误，请按提示修改。',
  propOf: (field: string) => string = fieldProp,
) {
  const field = errorField(error);
  if (errorCode(error) === 'BAD_USER_INPUT' && field) {
    errors[propOf(field)] = error.graphQLErrors[0].message;
    failure.value = fieldMessage;
  } else {
    failure.value = describeError(error);
  }
}

export function clearErrors(errors: Record<string, string>, failure: { value: string }) {
  for (const key of Object.keys(errors)) delete errors[key];
  failure.value = '';
}
