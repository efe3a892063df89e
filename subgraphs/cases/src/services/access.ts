import { ForbiddenError, type Identity, requireIdentity } from '@lianban/kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Case } from '../entities/case.entity';
import { TaskStatus } from '../types/case.enums';

/**
 * Who may see which cases (domain.md §8): a liaison sees the cases where the unit leads, cooperates or
 * is the township of origin; the other roles see every case (evaluators without petitioners).
 */
export function caseScope(identity: Identity | null): FilterQuery<Case> {
  const caller = requireIdentity(identity);
  if (caller.role !== 'LIAISON') return {};
  return {
    $or: [
      { leadDepartmentId: caller.unitId },
      { townshipId: caller.unitId },
      { unitTasks: { $some: { unitId: caller.unitId, status: { $ne: TaskStatus.WITHDRAWN } } } },
    ],
  } as FilterQuery<Case>;
}

/** A condition on a case row in SQL, with its parameters, to append to a `where` clause. */
export interface ScopeSql {
  sql: string;
  params: string[];
}

/** No condition: every case. */
export const EVERY_CASE: ScopeSql = { sql: '', params: [] };

/** No case at all (a request without a caller). */
export const NO_CASE: ScopeSql = { sql: 'and false', params: [] };

/**
 * `caseScope` for reads written in SQL (counts, cards, the office report): `and (...)` on the case table
 * named `table` (an alias such as `c`, or `"cases"."case"`). Both must say the same; the regression test
 * counts-follow-scope checks that counts equal what the lists show.
 */
export function caseScopeSql(identity: Identity | null, table = 'c', reads: 'few' | 'many' = 'few'): ScopeSql {
  const caller = requireIdentity(identity);
  if (caller.role !== 'LIAISON') return EVERY_CASE;
  // a few rows (by id, a page): one index probe of the unit's tasks per row. Many rows (a report, a
  // count): the unit's task cases read once into a hash that each row is looked up in, instead of a
  // probe per row (at a million cases, 12 s against well under one)
  const tasks =
    reads === 'few'
      ? `exists (select 1 from "cases"."case_task" scope_task
          where scope_task.case_id = ${table}.id and scope_task.unit_id = ? and scope_task.status <> '${TaskStatus.WITHDRAWN}')`
      : `${table}.id in (select scope_task.case_id from "cases"."case_task" scope_task
          where scope_task.unit_id = ? and scope_task.status <> '${TaskStatus.WITHDRAWN}')`;
  return {
    sql: `and (${table}.lead_department_id = ? or ${table}.township_id = ? or ${tasks})`,
    params: [caller.unitId, caller.unitId, caller.unitId],
  };
}

/** How a caller may see a case's petitioners. */
export type PersonalDataView = 'FULL' | 'MASKED' | 'NONE';

/**
 * The lead unit, the petition bureau and the leader who owns the case see petitioners in full;
 * evaluators see none; everyone else who can see the case sees them masked.
 */
export function personalDataView(identity: Identity | null, matter: Case): PersonalDataView {
  const caller = requireIdentity(identity);
  if (caller.role === 'EVALUATOR') return 'NONE';
  if (caller.role === 'REGISTRAR') return 'FULL';
  if (caller.role === 'LIAISON' && matter.leadDepartmentId === caller.unitId) return 'FULL';
  if (caller.role === 'LEADER' && matter.leaderId === caller.personId) return 'FULL';
  return 'MASKED';
}

/** Only the petition bureau (and admins) run intake, routing and closing steps. */
export function requireBureau(identity: Identity | null, what: string): Identity {
  const caller = requireIdentity(identity);
  if (caller.role !== 'REGISTRAR' && caller.role !== 'ADMIN') {
    throw new ForbiddenError(`${what} is for the petition bureau (信访局); you sign in as ${caller.role}`);
  }
  return caller;
}

/** The ways a unit holds a case, each a `from … where …` that an index serves (lead, township, a task of the unit). */
export function unitBranches(unitId: string): { from: string; sql: string; params: unknown[] }[] {
  return [
    { from: '"cases"."case" c', sql: 'c.lead_department_id = ?', params: [unitId] },
    { from: '"cases"."case" c', sql: 'c.township_id = ?', params: [unitId] },
    {
      from: '"cases"."case_task" t join "cases"."case" c on c.id = t.case_id',
      sql: `t.unit_id = ? and t.status <> '${TaskStatus.WITHDRAWN}'`,
      params: [unitId],
    },
  ];
}
