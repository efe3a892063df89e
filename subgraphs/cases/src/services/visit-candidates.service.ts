import { type EntityManager } from '@mikro-orm/postgresql';
import { ValidationError, checkId, marks, selectPlain } from '@lianban/kit';
import { Case } from '../entities/case.entity';
import { CaseForm, VisitLevel } from '../types/case.enums';

/** The most cases one `visitCandidates` call answers (a township's visits of a few weeks are far fewer). */
export const MAX_VISIT_CANDIDATES = 1000;
/** The longest range one call may ask about. */
const MAX_RANGE_DAYS = 3660;

/**
 * Collective (集体访) and skip-level (越级访: above the district) visits from one township registered in
 * [from, to), oldest first, optionally only the cases named: what the screening subgraph matches early
 * warnings (预警) against. A case merged into another is left out: the case it went into carries the
 * visit. No petitioner data. One statement.
 */
export async function visitCandidates(
  em: EntityManager,
  question: { townshipId: string; from: Date; to: Date; caseIds?: string[] | null },
): Promise<Case[]> {
  const townshipId = checkId(question.townshipId, 'townshipId');
  if (question.to <= question.from) throw new ValidationError('to must be after from', 'to');
  if (question.to.getTime() - question.from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new ValidationError(`to: at most ${MAX_RANGE_DAYS} days after from`, 'to');
  const ids = question.caseIds ? [...new Set(question.caseIds.map((id, i) => checkId(id, `caseIds[${i}]`)))] : undefined;
  if (ids && !ids.length) return [];
  if (ids && ids.length > MAX_VISIT_CANDIDATES) throw new ValidationError(`caseIds: at most ${MAX_VISIT_CANDIDATES}`, 'caseIds');
  return selectPlain(
    em,
    Case,
    `where township_id = ? and registered_at >= ? and registered_at < ? and merged_into_id is null
       and (form = ? or level_visited <> ?) ${ids ? `and id in (${marks(ids)})` : ''}
     order by registered_at, id limit ?`,
    [townshipId, question.from, question.to, CaseForm.COLLECTIVE, VisitLevel.DISTRICT, ...(ids ?? []), MAX_VISIT_CANDIDATES],
  );
}
