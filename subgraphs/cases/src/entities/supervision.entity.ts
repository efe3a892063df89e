import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { SupervisionMethod } from '../types/case.enums';
import { Case } from './case.entity';

/** 督办/催办: one supervision of a case, with the answer received. */
@ObjectType({ description: '督办记录' })
@Entity({ tableName: 'supervision' })
export class Supervision {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  @Index()
  case!: Case;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'uuid' })
  supervisorId!: string;

  @Field(() => SupervisionMethod)
  @Enum({ items: () => SupervisionMethod, nativeEnumName: 'supervision_method' })
  method!: SupervisionMethod;

  @Field(() => String, { description: 'What the supervisor asked or required' })
  @Property({ type: 'text' })
  request!: string;

  @Field(() => String, { nullable: true, description: 'The answer received' })
  @Property({ type: 'text', nullable: true })
  answer?: string;
}

/** 延期: an approved extension of the handling limit. */
@ObjectType({ description: '延期审批' })
@Entity({ tableName: 'extension' })
export class Extension {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  @Index()
  case!: Case;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => Int, { description: 'Days added' })
  @Property({ type: 'integer' })
  days!: number;

  @Property({ type: 'uuid' })
  approverId!: string;

  @Field(() => String, { description: '延期理由 (told to the petitioner: 延期告知)' })
  @Property({ type: 'text' })
  reason!: string;
}
