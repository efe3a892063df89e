import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseEvent } from '../entities/case-event.entity';
import { Extension, Supervision } from '../entities/supervision.entity';
import { DepartmentRef } from '../types/department.type';
import { PersonRef } from '../types/person.type';

/** Who acted, for the timeline: people and units are resolved by the departments subgraph. */
@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => PersonRef, { nullable: true, description: 'Who acted' })
  actor(@Root() event: CaseEvent): PersonRef | null {
    return event.actorId ? { id: event.actorId } : null;
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: 'For which unit' })
  unit(@Root() event: CaseEvent): DepartmentRef | null {
    return event.unitId ? { id: event.unitId } : null;
  }
}

@Resolver(() => Supervision)
export class SupervisionResolver {
  @FieldResolver(() => PersonRef, { nullable: true, description: '督办人' })
  supervisor(@Root() supervision: Supervision): PersonRef {
    return { id: supervision.supervisorId };
  }
}

@Resolver(() => Extension)
export class ExtensionResolver {
  @FieldResolver(() => PersonRef, { nullable: true, description: '审批人' })
  approver(@Root() extension: Extension): PersonRef {
    return { id: extension.approverId };
  }
}
