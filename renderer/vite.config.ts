import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/shared/csp.ts';

/** Writes the same CSP that the app:// protocol sends as a header into index.html. */
const cspMetaTag = (): Plugin => ({
  name: 'introplan-csp-meta',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
});

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    // RENDERER_OUT lets parallel test runs build into their own folders.
    outDir: process.env.RENDERER_OUT ?? '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
