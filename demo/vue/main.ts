import { createApp, h } from 'vue';
import { SymmetryPanel } from './app.ts';

createApp({ render: () => h(SymmetryPanel, { database: 'symmetry-insights-vue-demo' }) }).mount('#app');
