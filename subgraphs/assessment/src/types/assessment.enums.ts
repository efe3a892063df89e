import { registerEnumType } from 'type-graphql';

/** How often a scheme assesses units. */
export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  valuesConfig: { MONTH: { description: '月度' }, QUARTER: { description: '季度' }, YEAR: { description: '年度' } },
});
