import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

/** Initial JS (the entry and what it imports statically) must stay under this, gzipped. */
const INITIAL_JS_BUDGET_KB = 600;

/** Prints the first screen's JS (entry chunk plus its static imports) against the budget; over it, the build fails. */
function bundleBudget(): Plugin {
  return {
    name: 'lianban-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...initial].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? '').length, 0);
      const all = [...chunks.values()].reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      const line = `console bundle: initial JS ${kb(bytes)} gzip in ${initial.size} files (budget ${INITIAL_JS_BUDGET_KB} KB); all JS ${kb(all)} gzip, the rest loaded per page`;
      if (bytes > INITIAL_JS_BUDGET_KB * 1024) this.error(`${line}: over budget`);
      this.info(line);
      console.log(line);
    },
  };
}

/**
 * The console is built into dist/ and served by the gateway at `/`; everything (fonts, icons, charts)
 * is bundled, nothing comes from a CDN. `npm run dev -w console` proxies /graphql to a local gateway.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue(), bundleBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: true,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
