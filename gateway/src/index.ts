export { type GatewayConfig, loadConfig } from './config';
export { createGateway, type RunningGateway } from './server';
