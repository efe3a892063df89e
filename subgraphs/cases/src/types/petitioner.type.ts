import { Field, ObjectType } from 'type-graphql';

/** 信访人 as the caller may see them (personal data). */
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
}
