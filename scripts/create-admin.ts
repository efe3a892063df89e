/**
 * `npm run create-admin -- <username> [--unit <code>] [--name <name>]`: the first admin account of a
 * database without the demo district (DATABASE_URL, or the embedded database). The password comes from
 * LIANBAN_ADMIN_PASSWORD, or is asked for twice on the terminal without being shown.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CreateAdminError, createAdmin } from './admin-account';
import { resolveDatabase } from './database';
import { openPlatformOrms } from './platform-db';

const USAGE = 'usage: npm run create-admin -- <username> [--unit <unit code>] [--name <person name>]   (password: LIANBAN_ADMIN_PASSWORD, or asked for)';

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function password(): Promise<string> {
  const fromEnv = process.env.LIANBAN_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CreateAdminError('set LIANBAN_ADMIN_PASSWORD, or run this on a terminal to be asked for the password');
  const first = await askHidden('password (at least 10 characters): ');
  const second = await askHidden('the same password again: ');
  if (first !== second) throw new CreateAdminError('the two passwords differ');
  return first;
}

let args: ReturnType<typeof parseArgs<{ options: { unit: { type: 'string' }; name: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { unit: { type: 'string' }, name: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  process.exit(2);
}
const [username] = args.positionals;
if (!username || args.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const database = await resolveDatabase(() => undefined);
const platform = await openPlatformOrms(database.url);
try {
  await platform.migrateAll();
  const created = await createAdmin(platform.orms.departments, { username, password: await password(), unitCode: args.values.unit, name: args.values.name });
  if (created.createdUnit) console.log(`created the unit ${created.unit.name} (${created.unit.code}) to hold the admin (updateDepartment renames it)`);
  console.log(`created the admin account ${created.account.username} in ${created.unit.name}; sign in with mutation { login(username: "${created.account.username}", password: "…") { token } }`);
} catch (error) {
  if (!(error instanceof CreateAdminError)) throw error;
  console.error(`no admin created: ${error.message}`);
  process.exitCode = 1;
} finally {
  await platform.close();
  await database.stop();
}
