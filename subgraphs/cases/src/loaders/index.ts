import { type RequestContext, entityLoader, groupLoader, mapLoader } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { Case } from '../entities/case.entity';
import { CaseService, type UnitRole } from '../services/case.service';

/** Request-scoped loaders of the cases subgraph. */
export function createLoaders(em: EntityManager) {
  const cases = new CaseService(em);
  const lists = new Map<string, DataLoader<string, Case[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  return {
    case: entityLoader(em, Case),
    /** The newest cases of each unit; one loader per (role, limit, openOnly) so each batch is one statement. */
    unitCases(role: UnitRole, limit: number, openOnly: boolean) {
      const key = `${role}:${limit}:${openOnly}`;
      let loader = lists.get(key);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => cases.newestByUnit(role, ids, limit, openOnly),
          (row: Case) => (role === 'lead' ? row.leadDepartmentId : row.townshipId) as string,
        );
        lists.set(key, loader);
      }
      return loader;
    },
    unitCaseCount(role: UnitRole, openOnly: boolean) {
      const key = `${role}:${openOnly}`;
      let loader = counts.get(key);
      if (!loader) {
        loader = mapLoader((ids: readonly string[]) => cases.countByUnit(role, ids, openOnly), 0);
        counts.set(key, loader);
      }
      return loader;
    },
  };
}

export interface CasesContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(em: EntityManager): CasesContext {
  return { em, loaders: createLoaders(em) };
}
