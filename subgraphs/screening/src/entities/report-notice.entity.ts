import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A missing report (漏报) whose notice was sent, by the notice's key (`daily:<periodId>:<unitId>:<day>`):
 * the missing-report scan sends each once, in the transaction that records it here.
 */
@Entity({ tableName: 'report_notice' })
export class ReportNotice {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  /** The unit that was told. */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'datetime' })
  notifiedAt!: Date;
}
