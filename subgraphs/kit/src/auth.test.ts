import { describe, expect, it } from 'vitest';
import { TokenIssuer, TokenVerifier, generateKeys, requireWorkingIdentity } from './auth';

const person = { accountId: 'a1', personId: 'p1', username: 'registrar', role: 'REGISTRAR' as const, unitId: 'u1' };

describe('TokenVerifier', () => {
  it('checks a token signature once and answers later requests from memory until the token expires', async () => {
    const keys = await generateKeys();
    let now = Date.parse('2026-11-23T08:00:00Z');
    const issuer = new TokenIssuer(keys.privateKeyPem, 60);
    const verifier = new TokenVerifier(keys.publicKeyPem, 100, () => now);
    const { token, tokenId } = await issuer.sign(person, new Date(now));

    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ username: 'registrar', role: 'REGISTRAR', tokenId });
    expect(verifier.signatureChecks).toBe(1);

    now += 61_000;
    await expect(verifier.verify(token)).rejects.toMatchObject({ message: 'Your sign-in has expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    expect(verifier.signatureChecks).toBe(2);
  });

  it('carries a password an administrator set in the token: it serves only the change, me and logout', async () => {
    const keys = await generateKeys();
    const verifier = new TokenVerifier(keys.publicKeyPem);
    const issuer = new TokenIssuer(keys.privateKeyPem);
    const limited = await verifier.verify((await issuer.sign({ ...person, mustChangePassword: true })).token);
    const full = await verifier.verify((await issuer.sign({ ...person, mustChangePassword: false })).token);
    expect(limited.mustChangePassword).toBe(true);
    expect(full.mustChangePassword).toBeUndefined();
    for (const field of ['changeMyPassword', 'me', 'logout']) expect(requireWorkingIdentity(limited, field)).toBe(limited);
    for (const field of ['cases', 'registerCase', '_entities']) {
      expect(() => requireWorkingIdentity(limited, field)).toThrow(expect.objectContaining({ extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }));
      expect(requireWorkingIdentity(full, field)).toBe(full);
    }
  });

  it('never answers a changed token from memory', async () => {
    const keys = await generateKeys();
    const verifier = new TokenVerifier(keys.publicKeyPem);
    const { token } = await new TokenIssuer(keys.privateKeyPem).sign(person);
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' })).toString('base64url');
    await expect(verifier.verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const otherKeys = await generateKeys();
    const { token: foreign } = await new TokenIssuer(otherKeys.privateKeyPem).sign(person);
    await expect(verifier.verify(foreign)).rejects.toMatchObject({ message: 'The sign-in token is not genuine: sign in again' });
  });

  it('remembers a bounded number of tokens, dropping the least recently used', async () => {
    const keys = await generateKeys();
    const issuer = new TokenIssuer(keys.privateKeyPem);
    const verifier = new TokenVerifier(keys.publicKeyPem, 2);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => issuer.sign(person).then((t) => t.token)));
    await verifier.verify(a);
    await verifier.verify(b);
    await verifier.verify(a); // a is now the most recently used
    await verifier.verify(c); // b goes
    expect(verifier.rememberedCount).toBe(2);
    expect(verifier.signatureChecks).toBe(3);
    await verifier.verify(a);
    expect(verifier.signatureChecks).toBe(3);
    await verifier.verify(b);
    expect(verifier.signatureChecks).toBe(4);
  });
});
