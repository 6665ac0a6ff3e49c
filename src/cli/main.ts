import { parseArgs } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze, toJsonSafe } from '../analytics/analyze.ts';
import { importCustomers, importEmployees } from '../ingest/index.ts';
import { formatProblem } from '../ingest/messages.ts';
import { generateSampleDataset } from '../model/sample-dataset.ts';
import { customersToCsv, employeesToCsv, unitsToCsv } from '../model/csv-export.ts';
import type { PeriodGranularity } from '../model/types.ts';
import { renderHtml } from './html-report.ts';
import { renderTable } from './table-format.ts';

const USAGE = `Usage:
  symmetry analyze --employees FILE --customers FILE [--period month|quarter|year]
                   [--min-employees 5] [--min-customers 10] [--lag K] [--format json|table|html]
                   [--lang en|fr]
  symmetry sample --out DIR [--seed N]
  symmetry --help`;

/** A problem the user can fix; printed as one sentence, never with a stack trace. */
class UsageError extends Error {}

/** Where the command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function positiveInteger(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} expects a whole number of at least ${min}, got "${raw}".`);
  return value;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? 'unknown error'}).`);
  }
}

async function runAnalyze(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      employees: { type: 'string' },
      customers: { type: 'string' },
      period: { type: 'string', default: 'quarter' },
      'min-employees': { type: 'string' },
      'min-customers': { type: 'string' },
      lag: { type: 'string' },
      format: { type: 'string', default: 'json' },
      lang: { type: 'string', default: 'en' },
    },
  });
  if (!values.employees || !values.customers) throw new UsageError('analyze needs both --employees FILE and --customers FILE.');
  const granularity = values.period as PeriodGranularity;
  if (!['month', 'quarter', 'year'].includes(granularity)) throw new UsageError(`--period expects month, quarter or year, got "${values.period}".`);
  if (!['json', 'table', 'html'].includes(values.format)) throw new UsageError(`--format expects json, table or html, got "${values.format}".`);
  if (values.lang !== 'en' && values.lang !== 'fr') throw new UsageError(`--lang expects en or fr, got "${values.lang}".`);
  const lang = values.lang;
  const minEmployees = positiveInteger('min-employees', values['min-employees'], 5, 1);
  const minCustomers = positiveInteger('min-customers', values['min-customers'], 10, 1);
  const lag = positiveInteger('lag', values.lag, 1, 0);

  const [employeeBytes, customerBytes] = await Promise.all([readInput(values.employees), readInput(values.customers)]);
  const employees = importEmployees(employeeBytes, { file: values.employees });
  const customers = importCustomers(customerBytes, { file: values.customers });
  const problems = [...(employees.ok ? [] : employees.problems), ...(customers.ok ? [] : customers.problems)];
  if (!employees.ok || !customers.ok) {
    for (const problem of problems) io.stderr(`${formatProblem(problem, lang)}\n`);
    return 1;
  }
  const result = analyze(employees.table, customers.table, undefined, { granularity, minEmployees, minCustomers, lag });
  if (values.format === 'json') io.stdout(`${JSON.stringify(toJsonSafe(result), null, 2)}\n`);
  else if (values.format === 'html') io.stdout(renderHtml(result, { employees: values.employees, customers: values.customers }));
  else io.stdout(renderTable(result));
  return 0;
}

async function runSample(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) throw new UsageError('sample needs --out DIR.');
  const seed = positiveInteger('seed', values.seed, 2026);
  const sample = generateSampleDataset({ seed });
  await mkdir(values.out, { recursive: true });
  await Promise.all([
    writeFile(join(values.out, 'employees.csv'), employeesToCsv(sample.employees)),
    writeFile(join(values.out, 'customers.csv'), customersToCsv(sample.customers)),
    writeFile(join(values.out, 'units.csv'), unitsToCsv(sample.units)),
    writeFile(join(values.out, 'stories.json'), `${JSON.stringify(sample.stories, null, 2)}\n`),
  ]);
  io.stdout(`Wrote ${sample.units.length} units, ${sample.employees.length} employee responses, ${sample.customers.length} customer answers and ${sample.stories.length} stories to ${values.out}\n`);
  return 0;
}

/** Runs the `symmetry` command; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze') return await runAnalyze(rest, io);
    if (command === 'sample') return await runSample(rest, io);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    // parseArgs reports unknown options as TypeErrors with a readable message.
    const known = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    io.stderr(known ? `${(error as Error).message}\n${USAGE}\n` : `Unexpected failure: ${(error as Error).message ?? String(error)}\n`);
    return known ? 2 : 1;
  }
}
