import { type JobsConfig, type PgBoss, type RosterUnitRecord, UNIT_QUEUE, UNIT_QUEUE_OPTIONS, type UnitRosterJob, ensureQueue } from '@lianban/kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/**
 * Applies units sent by the departments subgraph to the roster (`screening.unit`, ADR 0012) in one
 * statement: a unit is written when its version is not older than the one kept (the same version again
 * writes the same facts: a snapshot repairs a row changed behind the versions' back). `owes_since` is set
 * when the roster first has the unit active with its present kind, kept while it stays so, and cleared
 * while it is inactive. Returns the number of rows written.
 */
export async function applyRosterUnits(em: EntityManager, units: RosterUnitRecord[], now: Date): Promise<number> {
  // one row per unit: the newest record of it in these jobs (a statement may not write a row twice)
  const newest = new Map<string, RosterUnitRecord>();
  for (const unit of units) {
    const kept = newest.get(unit.id);
    if (!kept || unit.version >= kept.version) newest.set(unit.id, unit);
  }
  if (newest.size === 0) return 0;
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `insert into "screening"."unit" as u (id, kind, active, name, version, owes_since, updated_at)
     select r.id, r.kind, r.active, r.name, r.version, case when r.active then ?::timestamptz end, ?::timestamptz
     from jsonb_to_recordset(?::jsonb) as r(id uuid, kind varchar(20), active boolean, name varchar(100), version int)
     on conflict (id) do update set
       kind = excluded.kind, active = excluded.active, name = excluded.name, version = excluded.version, updated_at = excluded.updated_at,
       owes_since = case when not excluded.active then null
                         when u.active and u.kind = excluded.kind then u.owes_since
                         else excluded.owes_since end
     where excluded.version >= u.version
     returning u.id`,
    [now, now, JSON.stringify([...newest.values()])],
  );
  return rows.length;
}

/**
 * Works the departments subgraph's unit jobs into the roster, a batch at a time (a snapshot's jobs and a
 * burst of changes in one statement each batch).
 */
export async function startUnitRoster(boss: PgBoss, orm: MikroORM, jobs: JobsConfig, now: () => Date = () => new Date()): Promise<void> {
  await ensureQueue(boss, UNIT_QUEUE, UNIT_QUEUE_OPTIONS);
  await boss.work<UnitRosterJob>(UNIT_QUEUE, { batchSize: 20, pollingIntervalSeconds: jobs.pollingIntervalSeconds }, async (batch) => {
    await applyRosterUnits(orm.em.fork(), batch.flatMap((job) => job.data.units), now());
  });
}
