import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';

/** Path of a file in tests/fixtures/cli. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/cli/${name}`, import.meta.url));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `symmetry <args>` in-process and captures what it writes. */
export async function symmetry(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } });
  return { code, stdout, stderr };
}

/** `analyze` on the two good fixtures plus `extra` options. */
export function analyzeFixtures(...extra: string[]): Promise<CliRun> {
  return symmetry('analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), ...extra);
}

/** A stack trace line as Node prints them. */
export const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;
