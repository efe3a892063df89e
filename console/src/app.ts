import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { ElConfigProvider } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';

/** The root: Element Plus in Chinese (zh-CN) around the routed page. */
export const App = defineComponent({
  name: 'LianbanConsole',
  setup() {
    return () => h(ElConfigProvider, { locale: zhCn }, { default: () => h(RouterView) });
  },
});
