import { registerEnumType } from 'type-graphql';

/** What kind of unit a department is; decides which lists and rankings it appears in. */
export enum DepartmentKind {
  /** 区委/区政府: district leadership */
  LEADERSHIP = 'LEADERSHIP',
  /** 区直部门: a district department (including the petition bureau and the joint-meeting office) */
  DEPARTMENT = 'DEPARTMENT',
  /** 乡镇: a township */
  TOWNSHIP = 'TOWNSHIP',
  /** 街道/办事处: a street office */
  STREET = 'STREET',
}

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

/** Townships and streets are the units of territorial responsibility (属地) and of the township ranking. */
export const TERRITORIAL_KINDS = [DepartmentKind.TOWNSHIP, DepartmentKind.STREET];
