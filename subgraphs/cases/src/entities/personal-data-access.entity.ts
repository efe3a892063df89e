import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/** One read of unmasked personal data: who, for which unit, when, which case, which fields. Never changed. */
@ObjectType({ description: '个人信息查看记录 (audit log)' })
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['caseId', 'id'] })
@Index({ properties: ['accountId', 'id'] })
export class PersonalDataAccess {
  @Field(() => ID)
  // read as a string: a JS bigint cannot be sent as a GraphQL ID
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  accountId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  role!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => [String], { description: 'Which personal data fields were shown unmasked' })
  @Property({ type: 'array' })
  fields!: string[];
}
