import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { SignJWT, errors, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, jwtVerify } from 'jose';
import { PasswordChangeRequiredError, UnauthenticatedError } from './errors';

/** What a person may do (domain.md §1). */
export type Role = 'REGISTRAR' | 'LIAISON' | 'SECRETARIAT' | 'EVALUATOR' | 'LEADER' | 'ADMIN';
export const ROLES: Role[] = ['REGISTRAR', 'LIAISON', 'SECRETARIAT', 'EVALUATOR', 'LEADER', 'ADMIN'];

/** Who is asking, as carried by a verified token. */
export interface Identity {
  accountId: string;
  personId: string;
  username: string;
  role: Role;
  /** The unit the person works for; a liaison sees that unit's cases only. */
  unitId: string;
  /** Token id, for logout. */
  tokenId: string;
  /**
   * Signed in with a password an administrator set (重置密码): until it is changed, the token serves only
   * the change itself, `me` and `logout` (see PASSWORD_CHANGE_FIELDS).
   */
  mustChangePassword?: boolean;
}

/** The root fields a token that must change its password may call; every other field answers PASSWORD_CHANGE_REQUIRED. */
export const PASSWORD_CHANGE_FIELDS: ReadonlySet<string> = new Set(['changeMyPassword', 'me', 'logout']);

const ALGORITHM = 'EdDSA';
const ISSUER = 'lianban';

/** The PEM key pair tokens are signed and verified with. */
export interface KeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function generateKeys(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

/** The demo key pair, generated once and kept in `folder` (never used when keys come from config). */
export async function demoKeys(folder: string): Promise<KeyPair> {
  const privatePath = `${folder}/token-signing.key`;
  const publicPath = `${folder}/token-signing.pub`;
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKeyPem: await readFile(privatePath, 'utf8'), publicKeyPem: await readFile(publicPath, 'utf8') };
  }
  const keys = await generateKeys();
  await mkdir(dirname(privatePath), { recursive: true });
  await writeFile(privatePath, keys.privateKeyPem, { mode: 0o600 });
  await writeFile(publicPath, keys.publicKeyPem);
  return keys;
}

/** Signs tokens (only the departments subgraph, which checks passwords, holds the private key). */
export class TokenIssuer {
  private key?: Awaited<ReturnType<typeof importPKCS8>>;

  constructor(
    private readonly privateKeyPem: string,
    private readonly ttlSeconds = 8 * 3600,
  ) {}

  async sign(identity: Omit<Identity, 'tokenId'>, now = new Date()): Promise<{ token: string; expiresAt: Date; tokenId: string }> {
    this.key ??= await importPKCS8(this.privateKeyPem, ALGORITHM);
    const tokenId = randomUUID();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const claims = { pid: identity.personId, usr: identity.username, role: identity.role, unit: identity.unitId, ...(identity.mustChangePassword ? { chg: true } : {}) };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setSubject(identity.accountId)
      .setJti(tokenId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt, tokenId };
  }
}

/** An UNAUTHENTICATED error that also answers HTTP 401 when raised before execution. */
function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** How many verified tokens a verifier remembers (a few per signed-in person is plenty). */
const VERIFIED_TOKENS_REMEMBERED = 10_000;

/**
 * Verifies tokens: the gateway and every subgraph, so a subgraph called directly enforces the same rules.
 * A token verified once is remembered until it expires (a bounded least-recently-used map keyed by the
 * whole token, so only the exact signed bytes hit), which saves the Ed25519 check on every later request
 * and on every subgraph a query crosses. Revocation is not remembered here: it is checked where it was.
 */
export class TokenVerifier {
  private key?: Awaited<ReturnType<typeof importSPKI>>;
  private readonly verified = new Map<string, { identity: Identity; expiresAtMs: number }>();
  /** How many signatures were checked (tokens not remembered); the rest were answered from memory. */
  signatureChecks = 0;

  constructor(
    private readonly publicKeyPem: string,
    private readonly remembered = VERIFIED_TOKENS_REMEMBERED,
    private readonly clock: () => number = Date.now,
  ) {}

  verify(token: string): Promise<Identity> {
    const known = this.verified.get(token);
    if (known) {
      this.verified.delete(token);
      if (known.expiresAtMs > this.clock()) {
        this.verified.set(token, known);
        return Promise.resolve(known.identity);
      }
    }
    return this.verifySignature(token);
  }

  private async verifySignature(token: string): Promise<Identity> {
    this.key ??= await importSPKI(this.publicKeyPem, ALGORITHM);
    this.signatureChecks += 1;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: [ALGORITHM], currentDate: new Date(this.clock()) });
      const role = payload.role as Role;
      if (!payload.sub || !payload.jti || !ROLES.includes(role) || typeof payload.unit !== 'string' || typeof payload.pid !== 'string' || typeof payload.exp !== 'number') {
        throw unauthenticated('The sign-in token is missing who you are: sign in again');
      }
      const identity: Identity = { accountId: payload.sub, personId: payload.pid, username: String(payload.usr), role, unitId: payload.unit, tokenId: payload.jti };
      if (payload.chg === true) identity.mustChangePassword = true;
      if (this.verified.size >= this.remembered) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { identity, expiresAtMs: payload.exp * 1000 });
      return identity;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof errors.JWTExpired) throw unauthenticated('Your sign-in has expired: sign in again');
      if (error instanceof errors.JWSSignatureVerificationFailed) throw unauthenticated('The sign-in token is not genuine: sign in again');
      throw unauthenticated('The sign-in token is malformed: sign in again');
    }
  }

  /** How many verified tokens are remembered now. */
  get rememberedCount(): number {
    return this.verified.size;
  }

  /** The identity in an `Authorization: Bearer` header; null when there is none. */
  async fromHeaders(headers: IncomingHttpHeaders): Promise<Identity | null> {
    const header = headers.authorization;
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}

/** The identity of a request, or UNAUTHENTICATED when nobody signed in. */
export function requireIdentity(identity: Identity | null | undefined): Identity {
  if (!identity) throw new UnauthenticatedError('Sign in first: this needs an Authorization: Bearer token');
  return identity;
}

/**
 * The identity of a request that may do its work: UNAUTHENTICATED when nobody signed in, and
 * PASSWORD_CHANGE_REQUIRED (HTTP 403) when the password an administrator set has not been changed yet and
 * `field` is not one of PASSWORD_CHANGE_FIELDS.
 */
export function requireWorkingIdentity(identity: Identity | null | undefined, field: string): Identity {
  const known = requireIdentity(identity);
  if (known.mustChangePassword && !PASSWORD_CHANGE_FIELDS.has(field)) throw new PasswordChangeRequiredError();
  return known;
}
