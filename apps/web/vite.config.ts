import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';
/** The api's paths, forwarded by the dev server and by `vite preview` to the api on :3000. */
const apiProxy = {
  '/graphql': { target: api },
  '/healthz': { target: api },
  '/readyz': { target: api },
  '/api': { target: api }, // profile photos (upload, download)
  '/socket.io': { target: api, ws: true },
};
const FRAMEWORK_MODULES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|i18next-browser-languagedetector|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web)[\\/]/;

/**
 * Production is served with `script-src 'self'; style-src 'self'`: an inline script or style in the
 * built index.html would be blocked by the browser, so the build fails instead.
 */
function noInlineScriptsOrStyles(): Plugin {
  return {
    name: 'cop:no-inline-scripts-or-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>/i.exec(html);
        const inlineStyle = /<style\b|\sstyle=/i.exec(html);
        const handlerAttribute = /<[^>]+\son[a-z]+=/i.exec(html);
        const found = inlineScript ?? inlineStyle ?? handlerAttribute;
        if (found) {
          throw new Error(`index.html must not contain inline scripts or styles (CSP): ${found[0]}`);
        }
        return html;
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), noInlineScriptsOrStyles()],
  resolve: {
    // The web compiles the contracts from source, so it never needs libs/contracts/dist. The
    // Markdown renderer is its own entry so only the pages that render Markdown load it.
    alias: [
      { find: /^@cop\/contracts$/, replacement: `${workspaceRoot}libs/contracts/src/index.ts` },
      { find: /^@cop\/contracts\/markdown$/, replacement: `${workspaceRoot}libs/contracts/src/markdown.ts` },
      { find: /^@cop\/crypto$/, replacement: `${workspaceRoot}libs/crypto/src/index.ts` },
    ],
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    // Flags a chunk that would make a load heavy; the framework chunk is ~400 kB minified, ~130 kB gzip.
    chunkSizeWarningLimit: 450,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The framework every page needs, in one chunk that changes only when a dependency is
              // upgraded, so a deployment does not make slow links download it again. Libraries used
              // by one area only are left out: they stay in that area's chunk.
              name: 'framework',
              test: FRAMEWORK_MODULES,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: apiProxy,
  },
  preview: {
    // `vite preview` serves the production build under the same CSP as production, so a violation
    // shows up in the browser console before it reaches users.
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
    },
    proxy: apiProxy,
  },
});
