import { PageInfo } from '@lianban/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Meeting } from '../entities/meeting.entity';
import { Decision } from '../entities/decision.entity';

@ObjectType({ description: 'A page of sessions, newest first' })
export class MeetingPage {
  @Field(() => [Meeting])
  items!: Meeting[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** A unit, owned by the departments subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
}

/** A person, owned by the departments subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: '应参会: the units and leaders who must attend, derived from the cases (cases subgraph) and the convenor' })
export class RequiredAttendees {
  @Field(() => [ID], { description: 'Each case\'s lead and cooperating units' })
  unitIds!: string[];

  @Field(() => [DepartmentRef])
  units!: DepartmentRef[];

  @Field(() => [ID], { description: 'Each case\'s 包案 leader and the convenor (召集人)' })
  leaderIds!: string[];

  @Field(() => [PersonRef])
  leaders!: PersonRef[];
}

@ObjectType({ description: '督查统计: 研究案件N件, 已落实M件, 落实率X%' })
export class FollowUpFigures {
  @Field(() => Int, { description: 'Sessions held (or with minutes published)' })
  meetingsHeld!: number;

  @Field(() => Int, { description: '研究案件: distinct cases on their agendas' })
  casesStudied!: number;

  @Field(() => Int)
  decisionsRecorded!: number;

  @Field(() => Int)
  decisionsCarriedOut!: number;

  @Field(() => Int)
  decisionsPending!: number;

  @Field(() => Int)
  decisionsOverdue!: number;

  @Field(() => Int, { description: '已落实: studied cases every decision of which is carried out' })
  casesCarriedOut!: number;

  @Field(() => Float, { nullable: true, description: '落实率 in percent (one decimal): casesCarriedOut / casesStudied; null when none studied' })
  rate?: number | null;

  @Field(() => String, { description: 'e.g. 研究案件12件, 已落实9件, 落实率75%' })
  summary!: string;
}

@ObjectType({ description: 'The follow-up figures of the sessions held in a period' })
export class MeetingStatistics extends FollowUpFigures {
  @Field(() => String)
  from!: string;

  @Field(() => String, { description: 'Exclusive' })
  to!: string;
}

@ObjectType({ description: '督查台账: decisions by deadline, each with its status' })
export class DecisionPage {
  @Field(() => [Decision])
  items!: Decision[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A file to download, base64-encoded' })
export class DownloadFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  base64!: string;
}
