import { type KeyPair, demoKeys } from '@lianban/kit';
import { PROJECT_ROOT } from './database';

/**
 * The token key pair: LIANBAN_AUTH_PRIVATE_KEY and LIANBAN_AUTH_PUBLIC_KEY when both are set, otherwise
 * the demo pair generated once and kept in .data/keys.
 */
export async function resolveKeys(): Promise<KeyPair & { demo: boolean }> {
  const privateKeyPem = process.env.LIANBAN_AUTH_PRIVATE_KEY;
  const publicKeyPem = process.env.LIANBAN_AUTH_PUBLIC_KEY;
  if (privateKeyPem && publicKeyPem) return { privateKeyPem, publicKeyPem, demo: false };
  return { ...(await demoKeys(`${PROJECT_ROOT}/.data/keys`)), demo: true };
}
