import { type SubgraphModule, buildFederatedSchema, startJobQueue, stopJobQueue } from '@lianban/kit';
import { DEFAULT_PORT, NO_CHANNELS, type NoticesConfig } from './config';
import { NoticeDelivery } from './entities/notice-delivery.entity';
import { Notice, NoticeContact, NoticeRead } from './entities/notice.entity';
import { createContext, type NoticesContext } from './loaders';
import { migrations } from './migrations';
import { NoticeDeliveryResolver } from './resolvers/delivery.resolver';
import { NoticeResolver } from './resolvers/notice.resolver';
import { startNoticeWorkers } from './services/worker';

export { loadConfig, channelsFrom, type ChannelsConfig, type NoticesConfig } from './config';
export { Notice, NoticeContact, NoticeRead } from './entities/notice.entity';
export { NoticeDelivery } from './entities/notice-delivery.entity';
export * from './types/notice.enums';
export { createContext } from './loaders';
export { writeNotices, DELIVERY_QUEUE } from './services/consumer';
export { webhookSignature } from './services/delivery';

/** The notices subgraph: each person's inbox (通知) and the outbound e-mail and SMS of deployments. */
export const noticesSubgraph: SubgraphModule<NoticesContext> = {
  name: 'notices',
  defaultPort: DEFAULT_PORT,
  entities: [Notice, NoticeRead, NoticeContact, NoticeDelivery],
  migrations,
  buildSchema: () => buildFederatedSchema({ resolvers: [NoticeResolver, NoticeDeliveryResolver] }),
  createContext: (em, _config, identity, authorization) => createContext(em, { identity, authorization }),
  // with the job queue: writes the notices the other subgraphs produce, and sends them out
  background: async (orm, config, observability) => {
    if (!config.jobs) return { stop: async () => undefined };
    const boss = await startJobQueue(config.databaseUrl, config.jobs, observability.logger);
    try {
      await startNoticeWorkers(boss, orm, config.jobs, (config as NoticesConfig).channels ?? NO_CHANNELS);
      return { stop: () => stopJobQueue(boss) };
    } catch (error) {
      await stopJobQueue(boss);
      throw error;
    }
  },
  calls: ['departments'],
};
