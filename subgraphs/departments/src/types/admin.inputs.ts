import { Field, ID, InputType, Int } from 'type-graphql';
import { AccountRole } from '../entities/account.entity';
import { DepartmentKind } from './department-kind.enum';

@InputType()
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Unique code, e.g. D-JSJ or T-087' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => Int, { nullable: true, description: 'Resident population (townships and streets)' })
  population?: number;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one is a CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  code?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'New parent; no unit may end up its own ancestor' })
  parentId?: string;

  @Field(() => Int, { nullable: true })
  population?: number;

  @Field(() => Boolean, { nullable: true, description: 'Deactivate (or reactivate); units are never deleted' })
  active?: boolean;
}

@InputType()
export class CreatePersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  position!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Boolean, { defaultValue: false })
  isLeader!: boolean;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'At least 10 characters' })
  password!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => AccountRole)
  role!: AccountRole;
}

@InputType()
export class RouteCategoryInput {
  @Field(() => String)
  main!: string;

  @Field(() => String)
  sub!: string;

  @Field(() => ID, { description: 'The department that will lead this category\'s cases' })
  leadDepartmentId!: string;

  @Field(() => String, { description: 'Why (kept with the change)' })
  reason!: string;
}

@InputType()
export class WorkingGroupInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID)
  leadDepartmentId!: string;

  @Field(() => [ID])
  memberIds!: string[];
}
