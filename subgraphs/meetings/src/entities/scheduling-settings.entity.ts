import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DEFAULT_OFFICE_HOURS, DEFAULT_WEIGHTS, type OfficeHours, type Weights } from '../scheduling/model';

/** The settings before the secretariat changes any. */
export const DEFAULT_SETTINGS = {
  id: 1,
  officeHours: DEFAULT_OFFICE_HOURS,
  grainMinutes: 30,
  defaultDurationMinutes: 120,
  deadlineMarginDays: 2,
  personsPerUnit: 2,
  weights: DEFAULT_WEIGHTS,
  standingAttendees: [] as string[],
};

/** The secretariat's scheduling settings (排会设置): one row. */
@Entity({ tableName: 'scheduling_settings' })
export class SchedulingSettings {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'jsonb' })
  officeHours!: OfficeHours[];

  @Property({ type: 'integer' })
  grainMinutes!: number;

  @Property({ type: 'integer' })
  defaultDurationMinutes!: number;

  @Property({ type: 'integer' })
  deadlineMarginDays!: number;

  @Property({ type: 'integer' })
  personsPerUnit!: number;

  @Property({ type: 'jsonb' })
  weights!: Weights;

  /** people at every session (the convenor, ...) */
  @Property({ type: 'jsonb' })
  standingAttendees!: string[];

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
