import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  // An axe violation fails the story test.
  parameters: { a11y: { test: 'error' } },
};
export default preview;
