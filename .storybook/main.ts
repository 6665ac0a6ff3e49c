import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The preview chunk carries axe and the Storybook runtime (~900 kB).
  viteFinal: (cfg) => mergeConfig(cfg, { build: { chunkSizeWarningLimit: 2000 } }),
};
export default config;
