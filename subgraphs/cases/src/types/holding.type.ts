import { PageInfo } from '@lianban/kit';
import { Field, ObjectType } from 'type-graphql';
import { CaseTask } from '../entities/case-task.entity';

@ObjectType({ description: 'What a unit is holding: its open tasks, soonest due first; `total` and `overdue` are counted only when asked' })
export class HoldingPage {
  @Field(() => [CaseTask])
  items!: CaseTask[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts all open tasks (the `total` field). */
  count!: () => Promise<number>;

  /** Counts the open tasks past due (the `overdue` field). */
  countOverdue!: () => Promise<number>;
}
