/**
 * Regression: the IDE page embedded a live registrar token while the gateway listened on 0.0.0.0, so
 * anyone on the network could act as the registrar. A token is pre-signed only for a development
 * gateway listening on a loopback address, and written only into pages asked for over loopback.
 */
import { networkInterfaces } from 'node:os';
import { generateKeys } from '@lianban/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { startPlatform } from '../../scripts/run-platform';
import { createGateway, ideTokenRefusal, isLoopbackHost, loadConfig, type RunningGateway } from '../src/index';

const running: RunningGateway[] = [];
afterAll(async () => {
  await Promise.all(running.map((g) => g.stop()));
});

/** An address of this machine that others on the network could use, if it has one. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

describe('IDE token on a network gateway', () => {
  it('knows loopback addresses from the others', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'].map(isLoopbackHost)).toEqual([true, true, true, true, true, true]);
    expect(['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', 'gateway.example.gov.cn', '', undefined].map(isLoopbackHost)).toEqual([false, false, false, false, false, false, false]);
  });

  it('is refused for a gateway listening on every interface, and for a production gateway', () => {
    expect(ideTokenRefusal({ host: '127.0.0.1', development: true })).toBeNull();
    expect(ideTokenRefusal({ host: '0.0.0.0', development: true })).toBe(
      'the gateway listens on 0.0.0.0, which others on the network can reach: a signed-in IDE needs HOST=127.0.0.1 (or ::1, localhost)',
    );
    expect(ideTokenRefusal({ host: '127.0.0.1', development: false })).toBe('the IDE runs only on a development gateway');
  });

  it('stops npm start before anything listens when asked for a signed-in IDE on 0.0.0.0', async () => {
    const keys = await generateKeys();
    await expect(
      startPlatform({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', gatewayHost: '0.0.0.0', gatewayPort: 0, randomPorts: true, development: true, keys, ideToken: 'a.b.c' }),
    ).rejects.toThrow('no signed-in IDE: the gateway listens on 0.0.0.0');
  });

  it('writes a token given to a gateway on 0.0.0.0 only into pages asked for over loopback', async () => {
    const keys = await generateKeys();
    const config = loadConfig({ HOST: '0.0.0.0', PORT: '0', LIANBAN_ENV: 'development', LIANBAN_AUTH_PUBLIC_KEY: keys.publicKeyPem });
    config.ideToken = 'live.registrar.token';
    const gateway = await createGateway(config);
    running.push(gateway);
    const local = await (await fetch(`http://127.0.0.1:${gateway.port}/ide/start.js`)).text();
    expect(local).toContain('Bearer live.registrar.token');
    if (networkAddress) {
      const remote = await (await fetch(`http://${networkAddress}:${gateway.port}/ide/start.js`)).text();
      expect(remote).not.toContain('live.registrar.token');
      expect(remote).toContain('Bearer <token from the login mutation>');
    }
  });
});
