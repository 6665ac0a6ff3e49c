/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { createAnalyticsApi } from './analytics-api.ts';

// The database name arrives in the worker's name ("symmetry-analytics:<db>") so several workspaces stay apart.
const dbName = self.name.startsWith('symmetry-analytics:') ? self.name.slice('symmetry-analytics:'.length) : undefined;
Comlink.expose(createAnalyticsApi(dbName));
