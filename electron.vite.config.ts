import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CSP, DEV_CSP } from './src/shared/csp';
import { watPlugin } from './scripts/wat-plugin.mjs';
import { dependencies } from './package.json';

const STDLIB = Object.keys(dependencies).filter((name) => name.startsWith('@stdlib/'));

/** Puts the Content-Security-Policy into index.html: strict in builds, relaxed only for the dev server's HMR. */
function cspPlugin(): Plugin {
  let dev = false;
  return {
    name: 'segmentdesk-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = dev ? DEV_CSP : CSP;
      return html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

export default defineConfig({
  main: {
    plugins: [watPlugin()],
    build: {
      // hyparquet is ESM-only: bundle it into the CommonJS main/worker output. The others are
      // bundled because a process loads one built file faster than a package's many small ones:
      // zod, Arrow and the @stdlib functions took 80, 70 and 90 ms of every command's start.
      externalizeDeps: { exclude: ['hyparquet', 'zod', 'apache-arrow', 'commander', ...STDLIB] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          worker: resolve(__dirname, 'src/main/worker/index.ts'),
          'part-thread': resolve(__dirname, 'src/main/worker/part-thread.ts'),
          'kernel-thread': resolve(__dirname, 'src/main/worker/kernel-thread.ts'),
          'digest-thread': resolve(__dirname, 'src/main/worker/digest-thread.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
        },
        // No doc comments in the bundles (the bundled packages' examples name packages that are
        // not loaded, and a process parses less); licence notices stay.
        output: { comments: { jsdoc: false, legal: true, annotation: true } },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: bundle zod (the contract) into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/preload.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
      // electron-vite leaves bundles unminified: the renderer's 7 MB became 3.3 MB, and a window
      // (re)load parses it in 0.8 s instead of 1.1 s on 2 cores. ECharts (1.1 MB of it) loads with
      // the first chart shown (components/ChartCanvas.tsx): a new window's first load 2.2 → 1.8 s.
      minify: true,
    },
    plugins: [react(), cspPlugin()],
  },
});
