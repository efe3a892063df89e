import { randomBytes, randomInt, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '@lianban/kit';
import { DEMO_PASSWORD } from './demo-password';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, length: number, options: object) => Promise<Buffer>;
const N = 16384;
const R = 8;
const P = 1;
const LENGTH = 32;

/** A slow salted hash (scrypt) of a password, with its parameters, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the username is unknown, so both cases take the same time. */
export const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The shortest password anyone may choose or be given. */
export const MIN_PASSWORD_LENGTH = 10;

/** A password someone chooses: long enough, not the published demo password, not the username. */
export function checkNewPassword(password: string, field: string, username?: string): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(`${field} must be at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (password.length > 200) throw new ValidationError(`${field} must be at most 200 characters`, field);
  if (password === DEMO_PASSWORD) throw new ValidationError(`${field} is the published demo password: choose another`, field);
  if (username && password.toLowerCase().includes(username.toLowerCase())) throw new ValidationError(`${field} must not contain the username`, field);
  return password;
}

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand (no 0/O, 1/l/I). */
const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A temporary password for a reset: 12 characters from a cryptographic source (about 70 bits). */
export function temporaryPassword(): string {
  let password = '';
  for (let i = 0; i < 12; i += 1) password += TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)];
  return password;
}
