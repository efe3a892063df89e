import { randomUUID } from 'node:crypto';
import { Account, AccountRole, DEMO_PASSWORD, Department, DepartmentKind, Person, hashPassword } from '@lianban/departments';
import type { MikroORM } from '@mikro-orm/postgresql';

/** The unit an admin is placed in when the directory is still empty: the petition bureau runs the platform. */
export const FIRST_UNIT = { code: 'D-XFJ', name: '区信访局', kind: DepartmentKind.DEPARTMENT };

export interface CreateAdminInput {
  username: string;
  password: string;
  /** The admin's name in the directory (the username unless given). */
  name?: string;
  /** Code of the admin's unit; may be left out only while the directory has no units. */
  unitCode?: string;
}

/** What `npm run create-admin` refuses, with a message for the person running it. */
export class CreateAdminError extends Error {}

/**
 * Creates an ADMIN account with its person (`npm run create-admin`): the way into a database that holds
 * no demo district. On an empty directory it also creates the petition bureau to place the admin in.
 */
export async function createAdmin(departments: MikroORM, input: CreateAdminInput) {
  const username = input.username.trim();
  if (!/^[a-z0-9][a-z0-9._-]{2,49}$/.test(username)) {
    throw new CreateAdminError('the username must be 3 to 50 lower-case letters, digits, dots, dashes or underscores');
  }
  if (input.password.length < 10) throw new CreateAdminError('the password must be at least 10 characters');
  if (input.password === DEMO_PASSWORD) throw new CreateAdminError('that is the published demo password: choose another');
  return departments.em.fork().transactional(async (em) => {
    if (await em.count(Account, { username })) throw new CreateAdminError(`the username ${username} is taken`);
    let unit: Department | null;
    let createdUnit = false;
    if (input.unitCode) {
      unit = await em.findOne(Department, { code: input.unitCode });
      if (!unit) throw new CreateAdminError(`no unit with the code ${input.unitCode}`);
    } else if ((await em.count(Department, {})) === 0) {
      unit = em.create(Department, { id: randomUUID(), ...FIRST_UNIT });
      createdUnit = true;
    } else {
      throw new CreateAdminError('the directory has units: name the admin\'s unit with --unit <code> (e.g. --unit D-XFJ)');
    }
    const person = em.create(Person, { id: randomUUID(), name: input.name?.trim() || username, position: '系统管理员', unit });
    const account = em.create(Account, { id: randomUUID(), username, passwordHash: await hashPassword(input.password), person, role: AccountRole.ADMIN });
    return { account, unit, createdUnit };
  });
}
