import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A clock threshold (50%, 75% of the time used, 100%: overdue) whose notice was sent: the clock scan
 * sends each once, in the transaction that records it here.
 */
@Entity({ tableName: 'clock_notice' })
export class ClockNotice {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** The clock (ClockKind). */
  @PrimaryKey({ type: 'string', length: 30 })
  clock!: string;

  /** 50, 75 or 100 (percent of the time used). */
  @PrimaryKey({ type: 'smallint' })
  threshold!: number;

  @Property({ type: 'datetime' })
  notifiedAt!: Date;
}
