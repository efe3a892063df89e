import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { SchemeDefinition } from '../services/rules';
import { PeriodKind, PublicationStatus, UnitScope } from '../types/assessment.enums';

/**
 * 考核办法: one version of a published assessment scheme (a document such as 党办〔2024〕25号). A version
 * fixes who is assessed, the period kind, the periods it covers and its rules; publishing freezes it, and
 * a new version never rescores a ranking published under an older one.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '考核办法 (one version of it)' })
@Entity({ tableName: 'assessment_scheme' })
@Unique({ properties: ['documentNumber', 'schemeVersion'] })
export class AssessmentScheme {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '文号, e.g. 党办〔2024〕25号' })
  @Property({ type: 'string', length: 50 })
  documentNumber!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: '印发机关, e.g. 中共某区委办公室' })
  @Property({ type: 'string', length: 100, nullable: true })
  issuingBody?: string;

  @Field(() => Int, { description: 'Version of the scheme under the same document number' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind, nativeEnumName: 'period_kind' })
  periodKind!: PeriodKind;

  @Field(() => UnitScope, { description: 'Who is assessed' })
  @Enum({ items: () => UnitScope, nativeEnumName: 'unit_scope', default: UnitScope.TOWNSHIPS })
  unitScope: Opt<UnitScope> = UnitScope.TOWNSHIPS;

  @Field(() => String, { nullable: true, description: 'First period the version applies to (e.g. 2024-Q1)' })
  @Property({ type: 'string', length: 10, nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Last period it applies to; open-ended when null' })
  @Property({ type: 'string', length: 10, nullable: true })
  validUntil?: string;

  /** Rules and cut-offs (typed JSON, checked by `parseDefinition`); empty for versions entered before the engine. */
  @Property({ type: 'json', nullable: true })
  definition?: SchemeDefinition;

  @Field(() => PublicationStatus)
  @Enum({ items: () => PublicationStatus, nativeEnumName: 'publication_status', default: PublicationStatus.PUBLISHED })
  status: Opt<PublicationStatus> = PublicationStatus.PUBLISHED;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the version was published (frozen); null for a draft' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;

  @Field(() => Int, { description: 'Optimistic lock: send it back with a change' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
