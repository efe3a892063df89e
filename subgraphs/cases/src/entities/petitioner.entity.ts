import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Case } from './case.entity';

/**
 * 信访人: personal data. Not a GraphQL type itself: resolvers expose it through `PetitionerView`, which
 * masks or withholds it according to who asks.
 */
@Entity({ tableName: 'petitioner' })
@Index({ properties: ['idNumber'] })
@Index({ properties: ['name', 'phone'] })
export class Petitioner {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  @Index()
  case!: Case;

  /** Order in the intake form (the first is the contact person or representative). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 18, nullable: true })
  idNumber?: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;
}
