import { createApp } from 'vue';
import urql from '@urql/vue';
import '@fontsource/noto-sans-sc/400.css';
import 'element-plus/dist/index.css';
import './styles.css';
import { App } from './app';
import { createApiClient } from './api/client';
import { createAppRouter } from './router';
import { onSessionEnded } from './api/session';

const router = createAppRouter();
onSessionEnded(() => {
  // the sign-in page shows why (sessionState.endedBecause)
  void router.replace({ name: 'login', query: { redirect: router.currentRoute.value.fullPath } });
});

createApp(App).use(router).use(urql, createApiClient()).mount('#app');
