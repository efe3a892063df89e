import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { StaticDirectory, casesSubgraph, createContext } from '../src';

/** A street, three departments, the bureau's registrar and a leader, as the departments subgraph would know them. */
export function smallDistrict() {
  const ids = {
    town: randomUUID(),
    construction: randomUUID(),
    landBureau: randomUUID(),
    bureau: randomUUID(),
    registrar: randomUUID(),
    leader: randomUUID(),
  };
  const directory = new StaticDirectory(
    {
      [ids.town]: { kind: 'STREET', active: true, name: '城关街道' },
      [ids.construction]: { kind: 'DEPARTMENT', active: true, name: '区建设局' },
      [ids.landBureau]: { kind: 'DEPARTMENT', active: true, name: '区国土分局' },
      [ids.bureau]: { kind: 'DEPARTMENT', active: true, name: '区信访局' },
    },
    { [ids.registrar]: { isLeader: false, name: '李登记' }, [ids.leader]: { isLeader: true, name: '王副区长' } },
    ['城乡建设/拆迁安置'],
  );
  return { ...ids, directory };
}

/**
 * The cases subgraph on a test database of its own, with `district`'s directory and the time `now` gives;
 * the bureau's registrar calls unless a test says otherwise. `close` stops it and drops the database.
 */
export async function startCases(
  serverUrl: string,
  label: string,
  district: ReturnType<typeof smallDistrict>,
  now: () => Date,
): Promise<{ subgraph: TestSubgraph; close: () => Promise<void> }> {
  const db = await createTestDatabase(serverUrl, label);
  const subgraph = await startTestSubgraph(
    casesSubgraph,
    db.url,
    (em, identity) => createContext(em, { directory: district.directory, identity, now }),
    testIdentity('REGISTRAR', district.bureau, district.registrar),
  );
  return {
    subgraph,
    close: async () => {
      await subgraph.close();
      await db.drop();
    },
  };
}
