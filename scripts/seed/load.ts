import { AssessmentScheme, RankingEntry } from '@lianban/assessment';
import { Case } from '@lianban/cases';
import { Department, Person } from '@lianban/departments';
import { AgendaItem, AgendaItemCase, Meeting } from '@lianban/meetings';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { stableId } from './random';
import type { District } from './district';

export interface SeedResult {
  subgraph: string;
  inserted: number;
  skipped: boolean;
}

/** PostgreSQL takes at most 65,535 parameters a statement. */
async function insertInChunks<T extends object>(em: EntityManager, entity: EntityName<T>, rows: object[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await em.insertMany(entity, rows.slice(i, i + size) as any);
  }
  return rows.length;
}

/**
 * Loads one subgraph's share of the district, in one transaction, unless that subgraph already holds
 * data: ids are stable, so a re-run never duplicates anything.
 */
async function seedOne(
  orm: MikroORM,
  subgraph: string,
  probe: EntityName<object>,
  load: (em: EntityManager) => Promise<number>,
): Promise<SeedResult> {
  const em = orm.em.fork();
  if ((await em.count(probe, {})) > 0) return { subgraph, inserted: 0, skipped: true };
  const inserted = await em.transactional((tx) => load(tx));
  return { subgraph, inserted, skipped: false };
}

/** Loads the demo district into the four subgraphs' schemas, each through its own ORM. */
export async function loadDistrict(orms: Record<string, MikroORM>, district: District): Promise<SeedResult[]> {
  return [
    await seedOne(orms.departments, 'departments', Department, async (em) => {
      const units = district.departments.map(({ parentId, ...unit }) => ({ ...unit, parent: parentId ?? null }));
      const people = district.people.map(({ unitId, ...person }) => ({ ...person, unit: unitId }));
      return (await insertInChunks(em, Department, units)) + (await insertInChunks(em, Person, people));
    }),
    await seedOne(orms.cases, 'cases', Case, (em) => insertInChunks(em, Case, district.cases)),
    await seedOne(orms.meetings, 'meetings', Meeting, async (em) => {
      const items = district.agendaItems.map(({ meetingId, caseIds: _caseIds, ...item }) => ({ ...item, meeting: meetingId }));
      const links = district.agendaItems.flatMap((item) =>
        item.caseIds.map((caseId) => ({ id: stableId('agenda-link', item.id, caseId), agendaItem: item.id, caseId })),
      );
      return (
        (await insertInChunks(em, Meeting, district.meetings)) +
        (await insertInChunks(em, AgendaItem, items)) +
        (await insertInChunks(em, AgendaItemCase, links))
      );
    }),
    await seedOne(orms.assessment, 'assessment', AssessmentScheme, async (em) => {
      const entries = district.rankings.map(({ schemeId, ...entry }) => ({ ...entry, scheme: schemeId }));
      return (await insertInChunks(em, AssessmentScheme, district.schemes)) + (await insertInChunks(em, RankingEntry, entries));
    }),
  ];
}
