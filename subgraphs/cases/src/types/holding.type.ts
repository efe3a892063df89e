import { Field, Int, ObjectType } from 'type-graphql';
import { CaseTask } from '../entities/case-task.entity';

@ObjectType({ description: "What a unit is holding: its open tasks, soonest due first" })
export class HoldingPage {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Open tasks already past due' })
  overdue!: number;

  @Field(() => [CaseTask])
  items!: CaseTask[];
}
