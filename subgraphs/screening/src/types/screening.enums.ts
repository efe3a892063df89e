import { registerEnumType } from 'type-graphql';

/** How often a kind of unit files a screening report (排查周期). */
export enum Cadence {
  /** 每周: townships and streets by default */
  WEEKLY = 'WEEKLY',
  /** 每月: district departments by default */
  MONTHLY = 'MONTHLY',
}

/** 风险等级 of an unstable factor. */
export enum RiskLevel {
  /** 一般 */
  LOW = 'LOW',
  /** 较大 */
  MEDIUM = 'MEDIUM',
  /** 重大 */
  HIGH = 'HIGH',
}

/**
 * The kinds of unit, as the departments subgraph names them (same values: composition merges the two).
 * Only the kind decides a unit's screening cadence.
 */
export enum DepartmentKind {
  LEADERSHIP = 'LEADERSHIP',
  DEPARTMENT = 'DEPARTMENT',
  TOWNSHIP = 'TOWNSHIP',
  STREET = 'STREET',
}

/** 访别, as the cases subgraph names it: the level an expected visit is headed for. */
export enum VisitLevel {
  /** 到区 */
  DISTRICT = 'DISTRICT',
  /** 到市 */
  CITY = 'CITY',
  /** 赴省 */
  PROVINCE = 'PROVINCE',
  /** 进京 */
  BEIJING = 'BEIJING',
}

/** 个人访 or 集体访, as the cases subgraph names it. */
export enum CaseForm {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
}

/** Where a warning stands with the bureau. */
export enum WarningStatus {
  /** filed, no visit matched yet */
  OPEN = 'OPEN',
  /** the bureau confirmed the visit it announced */
  MATCHED = 'MATCHED',
}

/** Where one unit's daily report of one day stands at the cut-off. */
export enum DailyReportState {
  /** 按时报送 */
  ON_TIME = 'ON_TIME',
  /** 迟报: filed after the cut-off */
  LATE = 'LATE',
  /** 漏报: not filed, the cut-off has passed */
  MISSING = 'MISSING',
  /** not filed yet, the cut-off has not come */
  PENDING = 'PENDING',
}

registerEnumType(Cadence, { name: 'Cadence', description: '排查周期', valuesConfig: { WEEKLY: { description: '每周' }, MONTHLY: { description: '每月' } } });
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: '风险等级',
  valuesConfig: { LOW: { description: '一般' }, MEDIUM: { description: '较大' }, HIGH: { description: '重大' } },
});
registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: '单位类别: the kind of unit',
  valuesConfig: {
    LEADERSHIP: { description: '区委/区政府' },
    DEPARTMENT: { description: '区直部门' },
    TOWNSHIP: { description: '乡镇' },
    STREET: { description: '街道/办事处' },
  },
});
registerEnumType(VisitLevel, {
  name: 'VisitLevel',
  description: '访别',
  valuesConfig: { DISTRICT: { description: '到区' }, CITY: { description: '到市' }, PROVINCE: { description: '赴省' }, BEIJING: { description: '进京' } },
});
registerEnumType(CaseForm, {
  name: 'CaseForm',
  valuesConfig: { INDIVIDUAL: { description: '个人访' }, COLLECTIVE: { description: '集体访 (5人及以上)' } },
});
registerEnumType(WarningStatus, { name: 'EarlyWarningStatus', description: '预警状态' });
registerEnumType(DailyReportState, {
  name: 'DailyReportState',
  description: '日报告报送情况',
  valuesConfig: {
    ON_TIME: { description: '按时报送' },
    LATE: { description: '迟报' },
    MISSING: { description: '漏报' },
    PENDING: { description: '未到截止时间' },
  },
});
