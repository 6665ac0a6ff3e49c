// `npm start`: builds the demo dashboard (library from source, sample data included) and serves it.
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '5173';
const build = spawnSync('npx', ['vite', 'build', '--config', 'demo/vite.config.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nSymmetry Insights demo: http://localhost:${port}/\n`);
const server = spawn('npx', ['vite', 'preview', '--config', 'demo/vite.config.ts', '--port', port, '--strictPort', '--host', process.env.HOST ?? 'localhost'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
