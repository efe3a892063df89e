import { randomUUID } from 'node:crypto';
import { ConflictError, type Identity, NO_UNIT_UPDATES, NotFoundError, type RosterUnitRecord, type UnitRosterPublisher, ValidationError, checkId, checkText } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../entities/account.entity';
import { Category } from '../entities/category.entity';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import { RoutingChange, WorkingGroup } from '../entities/routing.entity';
import type {
  CreateAccountInput,
  CreateDepartmentInput,
  CreatePersonInput,
  RouteCategoryInput,
  UpdateDepartmentInput,
  WorkingGroupInput,
} from '../types/admin.inputs';
import { TERRITORIAL_KINDS } from '../types/department-kind.enum';
import { checkNewPassword, hashPassword } from './password';

/** A unit as the roster of other subgraphs keeps it (ADR 0012). */
export function rosterRecord(unit: Pick<Department, 'id' | 'kind' | 'active' | 'name' | 'version'>): RosterUnitRecord {
  return { id: unit.id, kind: unit.kind, active: unit.active, name: unit.name, version: unit.version };
}

const CODE = /^[A-Z]-[A-Z0-9-]{1,28}$/;

const text = checkText;

/** Maintenance of the directory by admins: every change validated, routing changes kept with who and why. */
export class AdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly admin: Identity,
    private readonly now: () => Date = () => new Date(),
    /** Where a unit's new kind, name or active flag goes (the unit roster, ADR 0012), in the transaction of the change. */
    private readonly roster: UnitRosterPublisher = NO_UNIT_UPDATES,
  ) {}

  async createDepartment(input: CreateDepartmentInput): Promise<Department> {
    const code = this.code(input.code, 'input.code');
    await this.uniqueCode(code);
    const parent = input.parentId ? await this.unit(input.parentId, 'input.parentId') : undefined;
    const name = text(input.name, 'input.name', 100);
    const population = this.population(input.kind, input.population);
    return this.em.transactional(async (em) => {
      const unit = em.create(Department, { id: randomUUID(), code, name, kind: input.kind, parent, population });
      await em.flush();
      await this.roster.publish(em, [rosterRecord(unit)]);
      return unit;
    });
  }

  /** A save that races another over the same version fails its optimistic lock: the kit answers CONFLICT. */
  async updateDepartment(input: UpdateDepartmentInput): Promise<Department> {
    return this.em.transactional(async (em) => {
      const unit = await this.unit(input.id, 'input.id', em);
      if (unit.version !== input.version) throw new ConflictError(`${unit.name} was changed by someone else: reload it and try again`);
      if (input.code !== undefined && input.code !== unit.code) {
        unit.code = this.code(input.code, 'input.code');
        await this.uniqueCode(unit.code, em);
      }
      if (input.name !== undefined) unit.name = text(input.name, 'input.name', 100);
      if (input.population !== undefined) unit.population = this.population(unit.kind, input.population);
      if (input.parentId !== undefined) {
        const parent = await this.unit(input.parentId, 'input.parentId', em);
        // walk up from the new parent: meeting the unit itself would make it its own ancestor
        for (let ancestor: Department | undefined = parent; ancestor; ) {
          if (ancestor.id === unit.id) {
            throw new ValidationError(`${parent.name} is ${unit.name} itself or one of its sub-units: that would make a cycle`, 'input.parentId');
          }
          ancestor = ancestor.parent ? await em.findOneOrFail(Department, { id: ancestor.parent.id }) : undefined;
        }
        unit.parent = parent;
      }
      if (input.active !== undefined) unit.active = input.active;
      await em.flush();
      // every change raises the version: the roster (ADR 0012) gets the unit's newest kind, name and active flag
      if (unit.version !== input.version) await this.roster.publish(em, [rosterRecord(unit)]);
      return unit;
    });
  }

  async createPerson(input: CreatePersonInput): Promise<Person> {
    const unit = await this.unit(input.unitId, 'input.unitId');
    if (!unit.active) throw new ValidationError(`${unit.name} is not active`, 'input.unitId');
    const person = this.em.create(Person, {
      id: randomUUID(),
      name: text(input.name, 'input.name', 50),
      position: text(input.position, 'input.position', 50),
      unit,
      isLeader: input.isLeader,
    });
    await this.em.flush();
    return person;
  }

  async createAccount(input: CreateAccountInput): Promise<Account> {
    const username = text(input.username, 'input.username', 50);
    if (!/^[a-z0-9][a-z0-9._-]{2,49}$/.test(username)) {
      throw new ValidationError('input.username must be 3 to 50 lower-case letters, digits, dots, dashes or underscores', 'input.username');
    }
    checkNewPassword(input.password, 'input.password', username);
    if (await this.em.count(Account, { username })) throw new ValidationError(`the username ${username} is taken`, 'input.username');
    const person = await this.em.findOne(Person, { id: checkId(input.personId, 'input.personId') });
    if (!person) throw new ValidationError('input.personId names no known person', 'input.personId');
    // the administrator knows the initial password: its holder chooses their own at the first sign-in (首次登录修改初始密码)
    const account = this.em.create(Account, { id: randomUUID(), username, passwordHash: await hashPassword(input.password), person, role: input.role, mustChangePassword: true });
    await this.em.flush();
    return account;
  }

  /** Sets (or changes) the lead department of a category, keeping the change with who made it and why. */
  async routeCategory(input: RouteCategoryInput): Promise<Category> {
    return this.em.transactional(async (em) => {
      const main = text(input.main, 'input.main', 50);
      const sub = text(input.sub, 'input.sub', 50);
      const reason = text(input.reason, 'input.reason', 500);
      const lead = await this.unit(input.leadDepartmentId, 'input.leadDepartmentId', em);
      if (!lead.active) throw new ValidationError(`${lead.name} is not active`, 'input.leadDepartmentId');
      if (TERRITORIAL_KINDS.includes(lead.kind)) {
        throw new ValidationError(`${lead.name} is a township or street: categories are led by departments`, 'input.leadDepartmentId');
      }
      let category = await em.findOne(Category, { main, sub });
      const from = category?.leadDepartment;
      if (from?.id === lead.id) throw new ValidationError(`${main}/${sub} is already led by ${lead.name}`, 'input.leadDepartmentId');
      if (category) category.leadDepartment = lead;
      else category = em.create(Category, { id: randomUUID(), main, sub, leadDepartment: lead });
      em.create(RoutingChange, {
        category,
        fromDepartment: from,
        toDepartment: lead,
        at: this.now(),
        changedBy: this.admin.username,
        changedByPersonId: this.admin.personId,
        reason,
      });
      return category;
    });
  }

  async createWorkingGroup(input: WorkingGroupInput): Promise<WorkingGroup> {
    const name = text(input.name, 'input.name', 100);
    if (await this.em.count(WorkingGroup, { name })) throw new ValidationError(`a working group named ${name} exists`, 'input.name');
    const lead = await this.unit(input.leadDepartmentId, 'input.leadDepartmentId');
    const members = await Promise.all(input.memberIds.map((id, i) => this.unit(id, `input.memberIds[${i}]`)));
    if (new Set(input.memberIds).size !== input.memberIds.length) throw new ValidationError('input.memberIds names a unit twice', 'input.memberIds');
    const group = this.em.create(WorkingGroup, { id: randomUUID(), name, leadDepartment: lead });
    group.members.set(members);
    await this.em.flush();
    return group;
  }

  private code(value: string, field: string): string {
    const code = value.trim().toUpperCase();
    if (!CODE.test(code)) throw new ValidationError(`${field} must look like D-JSJ or T-087 (a letter, a dash, letters and digits)`, field);
    return code;
  }

  private async uniqueCode(code: string, em: EntityManager = this.em) {
    const holder = await em.findOne(Department, { code });
    if (holder) throw new ValidationError(`the code ${code} is already used by ${holder.name}`, 'input.code');
  }

  private population(kind: Department['kind'], population: number | undefined): number | undefined {
    if (population === undefined || population === null) {
      if (TERRITORIAL_KINDS.includes(kind)) throw new ValidationError('a township or street needs its resident population', 'input.population');
      return undefined;
    }
    if (!Number.isInteger(population) || population < 1) throw new ValidationError('input.population must be a whole number from 1', 'input.population');
    return population;
  }

  private async unit(id: string, field: string, em: EntityManager = this.em): Promise<Department> {
    const unit = await em.findOne(Department, { id: checkId(id, field) });
    if (!unit) throw new NotFoundError('Department', id);
    return unit;
  }
}
