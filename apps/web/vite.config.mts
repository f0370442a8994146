import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  resolve: {
    alias: [
      { find: '@ideas-hub/domain', replacement: resolve(workspaceRoot, 'libs/domain/src/index.ts') },
      // nhsuk-frontend's compiled CSS points its icons at /assets/images/…; bundle them from the package instead.
      {
        find: /^\/assets\/images\//,
        replacement: `${resolve(workspaceRoot, 'node_modules/nhsuk-frontend/dist/nhsuk/assets/images')}/`,
      },
    ],
  },
  server: {
    port: 4200,
    proxy: { '/graphql': apiOrigin, '/health': apiOrigin },
  },
  preview: { port: 4300 },
  build: {
    outDir: resolve(workspaceRoot, 'dist/web'),
    emptyOutDir: true,
    // nhsuk-frontend's CSS comes minified already, and lightningcss rejects the old IE hack in it (`@media screen\0`).
    cssMinify: false,
  },
});
