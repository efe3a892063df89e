import { plainRow } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RankingEntry } from '../entities/ranking-entry.entity';

/** Reads of published rankings. */
export class RankingService {
  constructor(private readonly em: EntityManager) {}

  /** Each unit's most recent published result, whatever the scheme, in one statement. */
  async latestByUnit(unitIds: readonly string[]): Promise<Map<string, RankingEntry>> {
    const marks = unitIds.map(() => '?').join(', ');
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select distinct on (unit_id) * from "assessment"."ranking_entry"
       where unit_id in (${marks}) order by unit_id, published_at desc, period desc`,
      [...unitIds],
    );
    const entries = rows.map((row) => plainRow(this.em, RankingEntry, row));
    return new Map(entries.map((entry) => [entry.unitId, entry]));
  }
}
