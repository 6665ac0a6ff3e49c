import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SymmetryPanel } from './app.ts';

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(SymmetryPanel, { database: 'symmetry-insights-react-demo' }));
