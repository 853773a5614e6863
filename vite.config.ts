/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderPlugin } from './scripts/vite-plugin-prerender';
import { offlinePlugins } from './scripts/vite-plugin-offline';
import { narrowD3Scale } from './scripts/vite-plugin-narrow-d3';

// base './': every asset URL in dist/ is relative, so the build works unchanged from any sub-path
// of a static host (e.g. /courses/ml101/loss-lab/) and inside an iframe.
export default defineConfig({
  base: './',
  // offlinePlugins after prerenderPlugin: the service worker precaches the views that one writes.
  plugins: [narrowD3Scale(), react(), prerenderPlugin(react), offlinePlugins()],
  build: {
    target: 'es2022',
    // One stylesheet, linked from the page: every panel's CSS is there before the prerendered HTML paints.
    cssCodeSplit: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // src/math is pure (no DOM, no module-level effects): a module of it that nothing uses is dropped
      // with its imports. Without this, the math barrel kept a bare import of the classifier's solvers
      // (and regression presets) alive in every panel's shared math chunk, 5.8 KB gzip on the first view.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]math[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // The panels' common code in two chunks, not one per set of panels that shares a module:
            // gzip compresses each file on its own, and the default view used to fetch 27 of them
            // (a module gzipped alone loses the repeats it shares with its neighbours). Only what four
            // or more chunks share, so that one panel's charts (GroupedBars, PointPlane) stay with it.
            // First-view JS, KB gzip, at the round's start -> now: surrogate 115.9 -> 109.7, softmax
            // 116.6 -> 114.4, neuron 133.0 -> 127.5, more 118.7 -> 114.6, guide 172.1 -> 169.3, credits
            // 92.5 -> 92.8, depth 107.5 -> 109.2 (Chinese strings moved out in the same round).
            {
              // Controls, panel state, glossary terms, the shell's shared parts (and React, which they
              // import): every view. First in line, so the charts' dependencies on them stay here.
              name: 'kit',
              test: /[\\/](src[\\/](components|state|glossary)[\\/]|node_modules[\\/]zustand[\\/])/,
              minShareCount: 4,
              priority: 2,
            },
            {
              // Charts and d3: the panels that draw (the guide and the credits do not). Not FunctionChart,
              // which only four panels draw (with it here, depth and softmax fetched 2.2 KB more).
              name: 'charts',
              test: (id) => /[\\/](src[\\/]charts[\\/]|node_modules[\\/](d3-[a-z]+|internmap)[\\/])/.test(id) && !/[\\/]charts[\\/]FunctionChart/.test(id),
              minShareCount: 4,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // Panel tests render whole panels in jsdom and wait for their lazy chunks: 5 s, vitest's
          // default, is tight on a shared 2-core machine.
          testTimeout: 20_000,
          // Vitest runs one worker per core less one: on CI's two cores that is one. Two halve the run.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for the app's own asynchronous steps (a lazy chunk, a 200 ms settle before
          // the URL follows the cursor, the clipboard): 1 s, vitest's default, is tight on a loaded CI machine.
          expect: { poll: { timeout: 10_000 } },
          // Two cores: one Chromium per worker file is plenty.
          maxWorkers: 2,
        },
      },
    ],
  },
});
