import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const apiOrigin = 'http://localhost:3000';

/** `url(…)` pointing at another host: https://, http:// or protocol-relative //. */
const REMOTE_URL = /url\(\s*["']?(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * Every asset from the hub's own origin: a font fetched from another host tells it who opened the report
 * form, and when. nhsuk-frontend points its Frutiger @font-face at assets.nhs.uk and does not ship the
 * font (its licence covers NHS.UK's own sites), so those rules go and the NHS.UK font stack falls back to
 * Arial, sans-serif. The package's Sass has a switch for this ($nhsuk-include-font-face), but we use its
 * compiled CSS. The build then fails if any stylesheet still points at another host.
 */
function ownOriginOnly(): Plugin {
  return {
    name: 'ideas-hub:own-origin-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css($|\?)/.test(id) || !code.includes('@font-face')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (REMOTE_URL.test(rule) ? '' : rule)), map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const text = file.type === 'asset' ? String(file.source) : '';
        const remote = file.fileName.endsWith('.css') ? REMOTE_URL.exec(text) : null;
        if (remote) this.error(`${file.fileName} loads from another host (${text.slice(remote.index, remote.index + 80)}…)`);
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [ownOriginOnly(), vue()],
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
