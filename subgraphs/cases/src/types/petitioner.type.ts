import { Field, ObjectType } from 'type-graphql';
import type { Petitioner } from '../entities/petitioner.entity';

/** The personal data fields of a petitioner, each shown in full (and audited), masked or not at all. */
export type PersonalField = 'name' | 'idNumber' | 'phone' | 'address';

/**
 * 信访人 as the caller may see them (personal data). The fields are resolved one by one
 * (`PetitionerResolver`): a field is masked, or audited and shown in full, only when it is part of the
 * response, whatever the query looks like (fragments, aliases, directives, `_entities`).
 */
@ObjectType('Petitioner', { description: '信访人 (personal data)' })
export class PetitionerView {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  idNumber?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  address?: string;

  @Field(() => Boolean, { description: 'True when shown masked (张*, 110***********1234, 138****5678)' })
  masked!: boolean;

  /** The stored petitioner (never a GraphQL field). */
  person!: Petitioner;

  /** The case the petitioner belongs to, for the audit log. */
  caseId!: string;
}
