import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { PeriodKind } from '../types/assessment.enums';

/** 考核办法: a published assessment scheme; a new version never rescores a published ranking. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '考核办法' })
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

  @Field(() => Int, { description: 'Version of the scheme under the same document number' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind, nativeEnumName: 'period_kind' })
  periodKind!: PeriodKind;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
