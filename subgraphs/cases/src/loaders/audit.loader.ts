import type { Identity } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { PersonalDataAccess } from '../entities/personal-data-access.entity';

/**
 * Unmasked personal data reads of one request, keyed `caseId|field`. Each batch is written to the audit
 * log in one statement, one row per case naming the fields shown, before any of them is returned.
 */
export function auditLoader(em: EntityManager, now: () => Date, identity: Identity | null) {
  return new DataLoader<string, true>(async (keys) => {
    const caller = identity as Identity;
    const fieldsByCase = new Map<string, Set<string>>();
    for (const key of keys) {
      const [caseId, field] = key.split('|');
      let fields = fieldsByCase.get(caseId);
      if (!fields) fieldsByCase.set(caseId, (fields = new Set()));
      fields.add(field);
    }
    const at = now();
    // a fork of its own: the audit row is committed before the data leaves, whatever happens after
    await em.fork().transactional(async (tx) => {
      await tx.insertMany(
        PersonalDataAccess,
        [...fieldsByCase].map(([caseId, fields]) => ({
          at,
          accountId: caller.accountId,
          username: caller.username,
          role: caller.role,
          personId: caller.personId,
          unitId: caller.unitId,
          caseId,
          fields: [...fields].sort(),
        })),
      );
    });
    return keys.map(() => true as const);
  });
}
