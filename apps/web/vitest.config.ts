import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig, { resolveConditions } from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    // jsdom is a client environment, but vitest may resolve through the SSR pipeline: set both.
    ssr: { resolve: { conditions: resolveConditions } },
    test: {
      name: 'web',
      environment: 'jsdom',
      include: ['src/**/*.spec.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
    },
  }),
);
