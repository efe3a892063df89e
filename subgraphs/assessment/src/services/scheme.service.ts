import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError, checkId } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentRun } from '../entities/assessment-run.entity';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import { PublicationStatus, type PeriodKind, type UnitScope } from '../types/assessment.enums';
import { comparePeriods, parsePeriod, previousPeriod } from './periods';
import { parseDefinition } from './rules';

export interface SchemeVersionInput {
  documentNumber: string;
  name: string;
  issuingBody?: string;
  periodKind: PeriodKind;
  unitScope: UnitScope;
  validFrom: string;
  validUntil?: string;
  definition: unknown;
}

function text(value: string | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed || trimmed.length > max) throw new ValidationError(`${field} must be a text of 1 to ${max} characters`, field);
  return trimmed;
}

/** Scheme versions: drafted and changed through the API, frozen when published. */
export class SchemeService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date = () => new Date()) {}

  private check(input: SchemeVersionInput) {
    const documentNumber = text(input.documentNumber, 'input.documentNumber', 50);
    const name = text(input.name, 'input.name', 200);
    const issuingBody = input.issuingBody === undefined || input.issuingBody === null ? undefined : text(input.issuingBody, 'input.issuingBody', 100);
    parsePeriod(input.validFrom, input.periodKind, 'input.validFrom');
    if (input.validUntil !== undefined && input.validUntil !== null) {
      parsePeriod(input.validUntil, input.periodKind, 'input.validUntil');
      if (comparePeriods(input.validUntil, input.validFrom) < 0) throw new ValidationError('input.validUntil must not be before input.validFrom', 'input.validUntil');
    }
    const definition = parseDefinition(input.definition);
    return { documentNumber, name, issuingBody, definition };
  }

  /** Published versions of the same document, period kind and scope (a scope of BOTH meets either). */
  private async siblings(scheme: Pick<AssessmentScheme, 'id' | 'documentNumber' | 'periodKind' | 'unitScope'>) {
    const published = await this.em.find(AssessmentScheme, { documentNumber: scheme.documentNumber, status: PublicationStatus.PUBLISHED, id: { $ne: scheme.id } });
    return published.filter((other) => {
      if (other.periodKind !== scheme.periodKind) return false;
      const scopes = [other.unitScope, scheme.unitScope];
      return scopes.includes('BOTH' as UnitScope) || other.unitScope === scheme.unitScope;
    });
  }

  /**
   * 修订: a published version in force with no end (validUntil unset) that started before `scheme` does, and
   * ranks no units `scheme` does not, is superseded by it: publishing `scheme` ends the older one with the period before `scheme.validFrom` ("本办法
   * 自…起施行，原办法同时废止"). Its rules stay frozen, and so do the periods it already covers.
   */
  private supersedes(scheme: Pick<AssessmentScheme, 'validFrom' | 'unitScope'>, other: AssessmentScheme): boolean {
    // a revision for townships only does not end a version that also ranks the departments
    const coversAsMuch = scheme.unitScope === other.unitScope || scheme.unitScope === ('BOTH' as UnitScope);
    return coversAsMuch && !other.validUntil && comparePeriods(other.validFrom ?? '', scheme.validFrom ?? '') < 0;
  }

  /** A published version of the same document and scope whose periods overlap [from, until], other than one `scheme` supersedes. */
  private async overlapping(scheme: Pick<AssessmentScheme, 'id' | 'documentNumber' | 'periodKind' | 'unitScope' | 'validFrom' | 'validUntil'>) {
    return (await this.siblings(scheme)).find((other) => {
      if (this.supersedes(scheme, other)) return false;
      const aFrom = scheme.validFrom ?? '';
      const bFrom = other.validFrom ?? '';
      const aUntil = scheme.validUntil ?? '9999';
      const bUntil = other.validUntil ?? '9999';
      return comparePeriods(aFrom, bUntil) <= 0 && comparePeriods(bFrom, aUntil) <= 0;
    });
  }

  private async refuseOverlap(scheme: AssessmentScheme) {
    const other = await this.overlapping(scheme);
    if (other) {
      throw new ValidationError(
        `input.validFrom: ${scheme.documentNumber} version ${other.schemeVersion} (published) already covers ${other.validFrom ?? 'every period'}${other.validUntil ? ` to ${other.validUntil}` : ' onwards'}: versions of a scheme must not overlap (a version in force with no end is superseded by a later one that starts after it; one with an end must not be overlapped)`,
        'input.validFrom',
      );
    }
  }

  /** Drafts the next version of a scheme document (version 1 for a new document). */
  async draft(input: SchemeVersionInput): Promise<AssessmentScheme> {
    const checked = this.check(input);
    return this.em.transactional(async (em) => {
      const latest = await em.findOne(AssessmentScheme, { documentNumber: checked.documentNumber }, { orderBy: { schemeVersion: 'desc' } });
      const scheme = em.create(AssessmentScheme, {
        id: randomUUID(),
        documentNumber: checked.documentNumber,
        name: checked.name,
        issuingBody: checked.issuingBody,
        schemeVersion: (latest?.schemeVersion ?? 0) + 1,
        periodKind: input.periodKind,
        unitScope: input.unitScope,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? undefined,
        definition: checked.definition,
        status: PublicationStatus.DRAFT,
      });
      await new SchemeService(em).refuseOverlap(scheme);
      return scheme;
    });
  }

  async get(id: string, field = 'id'): Promise<AssessmentScheme> {
    const scheme = await this.em.findOne(AssessmentScheme, { id: checkId(id, field) });
    if (!scheme) throw new NotFoundError('AssessmentScheme', id);
    return scheme;
  }

  /** Changes a draft; a published version is frozen. */
  async update(id: string, version: number, input: SchemeVersionInput): Promise<AssessmentScheme> {
    const checked = this.check(input);
    return this.em.transactional(async (em) => {
      const scheme = await new SchemeService(em).get(id);
      if (scheme.status === PublicationStatus.PUBLISHED) throw new ValidationError(`${scheme.documentNumber} version ${scheme.schemeVersion} is published and frozen: draft a new version instead`, 'id');
      if (scheme.version !== version) throw new ConflictError(`this scheme version was changed by someone else (version ${scheme.version}, you sent ${version}): reload it and try again`);
      if (checked.documentNumber !== scheme.documentNumber) throw new ValidationError('input.documentNumber cannot change: draft a version of the other document instead', 'input.documentNumber');
      Object.assign(scheme, {
        name: checked.name, issuingBody: checked.issuingBody, periodKind: input.periodKind, unitScope: input.unitScope,
        validFrom: input.validFrom, validUntil: input.validUntil ?? undefined, definition: checked.definition,
      });
      await new SchemeService(em).refuseOverlap(scheme);
      return scheme;
    });
  }

  /**
   * Publishes (freezes) a draft; refused when a published version of the same document overlaps it. A
   * published version in force with no end that started earlier is ended with the period before this one's
   * (superseded), unless it already has a published ranking for a period this one would take over.
   */
  async publish(id: string, version: number): Promise<AssessmentScheme> {
    return this.em.transactional(async (em) => {
      const scheme = await new SchemeService(em).get(id);
      if (scheme.status === PublicationStatus.PUBLISHED) throw new ValidationError(`${scheme.documentNumber} version ${scheme.schemeVersion} is already published`, 'id');
      if (scheme.version !== version) throw new ConflictError(`this scheme version was changed by someone else (version ${scheme.version}, you sent ${version}): reload it and try again`);
      await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [`assessment-scheme:${scheme.documentNumber}`]);
      const service = new SchemeService(em);
      await service.refuseOverlap(scheme);
      const from = scheme.validFrom;
      for (const older of from ? (await service.siblings(scheme)).filter((other) => service.supersedes(scheme, other)) : []) {
        // a published ranking of a period the new version takes over would lose the scheme it was made under
        const taken = await em.findOne(AssessmentRun, { scheme: older, status: PublicationStatus.PUBLISHED, period: { $gte: from } }, { orderBy: { period: 'desc' } });
        if (taken && comparePeriods(taken.period, from!) >= 0) {
          throw new ValidationError(
            `input.validFrom: ${older.documentNumber} version ${older.schemeVersion} already has a published ranking for ${taken.period}: the new version may take over from the period after it at the earliest`,
            'input.validFrom',
          );
        }
        older.validUntil = previousPeriod(parsePeriod(from!, scheme.periodKind, 'input.validFrom'));
      }
      scheme.status = PublicationStatus.PUBLISHED;
      scheme.publishedAt = this.now();
      return scheme;
    });
  }
}
