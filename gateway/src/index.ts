export { type GatewayConfig, gatewayEnvSchema, loadConfig } from './config';
export { createGateway, type RunningGateway } from './server';
export { ideTokenRefusal, isLoopbackHost } from './ide';
export { CONSOLE_DIST, consoleRoute } from './console';
