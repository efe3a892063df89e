import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The screening subgraph's copy of the unit directory (ADR 0012): what its background work needs to know
 * of each unit (kind, active, name), filled from the departments subgraph's jobs on the job queue. A job
 * applies only when its `version` is not older than the one kept, so repeats and reordering are harmless.
 */
@Entity({ tableName: 'unit' })
export class RosterUnit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** DepartmentKind */
  @Property({ type: 'string', length: 20 })
  kind!: string;

  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The departments subgraph's version of the unit this row was taken from. */
  @Property({ type: 'integer' })
  version!: number;

  /**
   * Since when the unit has owed screening reports as this subgraph knows it: when the roster first had it
   * active with its present kind (null while inactive). Only cycles falling due after it are notified.
   */
  @Property({ type: 'datetime', nullable: true })
  owesSince?: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
