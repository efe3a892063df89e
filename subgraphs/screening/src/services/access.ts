import { ForbiddenError, type Identity, ValidationError, checkId, requireIdentity } from '@lianban/kit';

/** The petition bureau (信访局) and admins: they see every unit's reports and may file for a unit. */
export const BUREAU_ROLES = ['REGISTRAR', 'ADMIN'] as const;

export function isBureau(identity: Identity): boolean {
  return (BUREAU_ROLES as readonly string[]).includes(identity.role);
}

/**
 * The unit a filing is for: a liaison files for its own unit only (FORBIDDEN for another); the bureau
 * files for the unit it names (`field` is required then); nobody else files.
 */
export function filingUnit(identity: Identity | null, unitId: string | undefined | null, field: string): string {
  const caller = requireIdentity(identity);
  if (caller.role === 'LIAISON') {
    if (unitId && unitId !== caller.unitId) throw new ForbiddenError('A liaison files for its own unit only');
    return caller.unitId;
  }
  if (!isBureau(caller)) throw new ForbiddenError(`Only a unit's liaison or the petition bureau files this; you sign in as ${caller.role}`);
  if (!unitId) throw new ValidationError(`${field} is required: name the unit the bureau files for`, field);
  return checkId(unitId, field);
}

/**
 * The unit a read is narrowed to: a liaison reads its own unit only (FORBIDDEN when it names another);
 * everyone else reads the unit named, or every unit (undefined).
 */
export function readingUnit(identity: Identity | null, unitId: string | undefined | null, field = 'unitId'): string | undefined {
  const caller = requireIdentity(identity);
  if (caller.role === 'LIAISON') {
    if (unitId && unitId !== caller.unitId) throw new ForbiddenError('A liaison sees its own unit\'s reports only');
    return caller.unitId;
  }
  return unitId ? checkId(unitId, field) : undefined;
}
