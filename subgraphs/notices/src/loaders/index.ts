import type { Identity, RequestContext } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The notices subgraph's request context: lists are single statements, so it needs no loaders. */
export interface NoticesContext extends RequestContext {
  now: () => Date;
}

export interface ContextOptions {
  identity: Identity | null;
  authorization?: string;
  now?: () => Date;
}

export function createContext(em: EntityManager, options: ContextOptions): NoticesContext {
  return { em, identity: options.identity, authorization: options.authorization, now: options.now ?? (() => new Date()) };
}
