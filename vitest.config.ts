import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.ts';

// One browser object per project: Vitest refuses a shared one ("Cannot define a nested project").
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  worker: { format: 'es' },
  // Pre-bundle every lit entry Storybook touches, or two copies of lit-html load.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/repeat.js', 'lit/directives/class-map.js',
      'lit/directives/style-map.js', 'lit/directives/if-defined.js', '@lit/context', 'd3', 'comlink', 'idb', 'axe-core',
      'react', 'react-dom', 'react-dom/client', 'vue'],
  },
  test: {
    // Heavy cases (10^6 pairs, the 2,000-team sample) take seconds on a busy CI machine; a hang
    // still fails. Speed itself is measured by `npm run bench`.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts'],
          setupFiles: ['tests/setup.node.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/**/*.browser.test.ts'], browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
