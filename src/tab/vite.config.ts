import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The tab: `npx vite build --config src/tab/vite.config.ts` writes dist/tab/, which the service serves
 * under /tab/.
 * @remarks No @vitejs/plugin-react: Vite 8's built-in Oxc transform compiles JSX with the automatic runtime.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/tab/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/tab'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The budget that matters is gzip size, checked by bench/tab.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Fluent UI marks its modules 'use client' for React Server Components; meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
