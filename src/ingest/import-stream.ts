/**
 * Streamed imports and previews of files (`Blob`, `File`) or bytes: the input is read slice by
 * slice (1 MiB by default), each slice decoded with a streaming `TextDecoder` and parsed at once,
 * so a 50 MB export exists at most once as bytes (the Blob, outside the JS heap) and never whole as
 * text. Between slices the caller can cancel, and other messages of the worker get their turn.
 */
import type { CustomerTable, EmployeeTable } from '../model/types.ts';
import type { ColumnAssignment, TableKind } from './columns.ts';
import { recogniseHeader } from './columns.ts';
import type { Delimiter } from './csv.ts';
import { DEFAULT_CHUNK_BYTES, decodeWindows1252, detectBom, InvalidUtf8Error, type TextEncoding } from './decode.ts';
import { ImportFeed, type ImportOptions, type ImportReport, type ImportResult, type SessionPreview } from './import-table.ts';
import { createProblem, type IngestProblem } from './problems.ts';
import type { DecimalSeparator } from './sniff.ts';

/** What the streamed importers read: a `Blob`/`File`, or bytes already in memory. */
export type StreamInput = Blob | ArrayBuffer | Uint8Array;

/** Anything with an `aborted` flag: an `AbortSignal`, or a plain object the caller sets. */
export interface CancelFlag {
  readonly aborted: boolean;
}

/** Options of {@link importEmployeesStream} and {@link importCustomersStream}. */
export interface StreamImportOptions extends ImportOptions {
  /** Checked between slices: once `aborted`, the import stops with {@link ImportAbortedError}. */
  signal?: CancelFlag;
}

/** Thrown when an import is cancelled through its `signal`. Nothing it read is kept. */
export class ImportAbortedError extends Error {
  override readonly name = 'AbortError';
  constructor(readonly file: string) {
    super(`The import of ${file} was cancelled.`);
  }
}

/** Reads byte ranges of the input. */
interface ByteSource {
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

function byteSource(input: StreamInput): ByteSource {
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    return { size: input.size, read: async (start, end) => new Uint8Array(await input.slice(start, end).arrayBuffer()) };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input as ArrayBuffer);
  // Bytes in memory: yield to the event loop anyway, so a cancel message can arrive between slices.
  return {
    size: bytes.length,
    read: async (start, end) => {
      await nextTask();
      return bytes.subarray(start, end);
    },
  };
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Resolves on a later task (not a microtask), so queued messages run first. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (channel === undefined) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node keeps the process alive while a port is referenced.
    (channel.port1 as unknown as { unref?: () => void }).unref?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel?.port2.postMessage(null);
  });
}

/** Text slices of the source decoded as `encoding`, with the bytes read so far. */
async function* decodeSlices(
  source: ByteSource,
  encoding: TextEncoding,
  chunkBytes: number,
  checkCancel: () => void,
): AsyncGenerator<{ text: string; bytesDone: number }> {
  const start = encoding === 'utf-8-bom' ? 3 : 0;
  const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let at = start; at < source.size; at += chunkBytes) {
    const end = Math.min(source.size, at + chunkBytes);
    // Checked before each read: a cancelled import touches no more of the file.
    checkCancel();
    const bytes = await source.read(at, end);
    if (decoder === undefined) {
      yield { text: decodeWindows1252(bytes), bytesDone: end };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: end < source.size });
    } catch (cause) {
      throw new InvalidUtf8Error(at, { cause });
    }
    yield { text, bytesDone: end };
  }
}

type TableOf<K extends TableKind> = K extends 'employees' ? EmployeeTable : CustomerTable;

async function streamTable<K extends TableKind>(
  kind: K,
  input: StreamInput,
  options: StreamImportOptions,
): Promise<ImportResult<TableOf<K>>> {
  const source = byteSource(input);
  const head = await source.read(0, Math.min(source.size, 3));
  const bom = detectBom(head);
  let reported = 0;
  const progress = (fraction: number): void => {
    // Monotonic, even when a Windows-1252 file is read a second time.
    if (fraction > reported && options.onProgress !== undefined) {
      reported = Math.min(1, fraction);
      options.onProgress(reported);
    }
  };
  const total = Math.max(1, source.size);
  const chunkBytes = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const feed = new ImportFeed(kind, options, null);
    progress(1);
    return unsupported(feed.finish(), options.file, bom);
  }
  const checkCancel = (): void => {
    if (options.signal?.aborted === true) throw new ImportAbortedError(options.file);
  };
  // `offset`: bytes of the file before `from` (a skipped BOM), for the progress fraction.
  const read = async (from: ByteSource, encoding: TextEncoding, offset: number): Promise<ImportResult<TableOf<K>>> => {
    const feed = new ImportFeed(kind, options, encoding);
    for await (const { text, bytesDone } of decodeSlices(from, encoding, chunkBytes, checkCancel)) {
      feed.push(text);
      progress((bytesDone + offset) / total);
      if (feed.stopped) break;
    }
    checkCancel();
    const result = feed.finish();
    progress(1);
    return result;
  };
  try {
    return await read(source, bom, 0);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    // A UTF-8 BOM before Windows-1252 text is still a BOM: skip it on the second reading too.
    return bom === 'utf-8-bom' ? await read(afterBom(source), 'windows-1252', 3) : await read(source, 'windows-1252', 0);
  }
}

function afterBom(source: ByteSource): ByteSource {
  return { size: source.size - 3, read: (start, end) => source.read(start + 3, end + 3) };
}

function unsupported<T>(result: ImportResult<T>, file: string, encoding: string): ImportResult<T> {
  const problem = createProblem('unsupported-encoding', { file, line: 0 }, '', { encoding });
  result.report.totalProblems = 1;
  return { ok: false, problems: [problem], report: result.report };
}

/**
 * Imports an employee survey export from a `File`/`Blob` (or bytes) slice by slice, with the same
 * decoding, detection and checks as `importEmployees`. Cancel with `signal`.
 *
 * @example
 * const flag = { aborted: false };
 * const result = await importEmployeesStream(file, { file: file.name, signal: flag, onProgress: console.log });
 */
export function importEmployeesStream(input: StreamInput, options: StreamImportOptions): Promise<ImportResult<EmployeeTable>> {
  return streamTable('employees', input, options);
}

/** Imports customer feedback from a `File`/`Blob` (or bytes) slice by slice; see {@link importEmployeesStream}. */
export function importCustomersStream(input: StreamInput, options: StreamImportOptions): Promise<ImportResult<CustomerTable>> {
  return streamTable('customers', input, options);
}

/** One column of a {@link FilePreview}. */
export interface PreviewColumn extends ColumnAssignment {
  /** The header names a known role (English or French alias), rather than being judged from its data. */
  recognised: boolean;
  /** Question text of a multi-row header (Qualtrics, SurveyMonkey). */
  label?: string;
}

/** What a file looks like before it is imported: enough to show it and let the user map its columns. */
export interface FilePreview {
  file: string;
  kind: TableKind;
  /** Bytes in the file. */
  size: number;
  /** `null` for UTF-16 files, which are refused. */
  encoding: TextEncoding | null;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  source: ImportReport['source'];
  format: ImportReport['format'];
  headerRows: number;
  headers: string[];
  /** Roles detected (or given in `mapping`), one entry per column in file order. */
  columns: PreviewColumn[];
  /** Columns no header alias names: items judged from their answers, or ignored. */
  unmapped: string[];
  /** The first data rows. */
  rows: string[][];
  /** Physical line of each row. */
  lines: number[];
  /** Problems that would refuse the file as mapped (no unit column, …). */
  problems: IngestProblem[];
}

/** Bytes read for a preview: the header, 200 sample rows and the first rows of nearly any export. */
const PREVIEW_BYTES = 256 * 1024;

/**
 * Reads the beginning of a file and says how it would be imported: encoding, delimiter, decimal
 * separator, header, first rows and the role of each column. Give `mapping` (and `itemScale`) to
 * see the effect of an explicit mapping.
 */
export async function previewFile(
  input: StreamInput,
  kind: TableKind,
  options: Omit<ImportOptions, 'onProgress' | 'mode' | 'chunkSize'>,
): Promise<FilePreview> {
  const source = byteSource(input);
  const size = source.size;
  const complete = size <= PREVIEW_BYTES;
  const bytes = await source.read(0, Math.min(size, PREVIEW_BYTES));
  const bom = detectBom(bytes);
  let encoding: TextEncoding | null = null;
  let text = '';
  if (bom !== 'utf-16le' && bom !== 'utf-16be') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom === 'utf-8-bom' ? bytes.subarray(3) : bytes, {
        stream: !complete,
      });
      encoding = bom;
    } catch {
      text = decodeWindows1252(bom === 'utf-8-bom' ? bytes.subarray(3) : bytes);
      encoding = 'windows-1252';
    }
  }
  const feed = new ImportFeed(kind, options, encoding, true);
  let preview: SessionPreview;
  if (encoding === null) {
    preview = feed.preview(true);
    preview.problems = [createProblem('unsupported-encoding', { file: options.file, line: 0 }, '', { encoding: bom })];
  } else {
    feed.push(text);
    preview = feed.preview(complete);
  }
  const { report } = preview;
  const columns: PreviewColumn[] = report.mapping.map((assignment) => {
    const label = preview.labels?.[assignment.index];
    const recognised = assignment.explicit ||
      [assignment.column, label].some((h) => h !== undefined && recogniseHeader(h) !== undefined && assignment.role !== 'ignore');
    const column: PreviewColumn = { ...assignment, recognised };
    if (label !== undefined && label !== '') column.label = label;
    return column;
  });
  return {
    file: options.file,
    kind,
    size,
    encoding,
    delimiter: report.delimiter,
    decimal: report.decimal,
    source: report.source,
    format: report.format,
    headerRows: report.headerRows,
    headers: preview.headers,
    columns,
    unmapped: columns.filter((c) => !c.recognised).map((c) => c.column),
    rows: preview.rows,
    lines: preview.lines,
    problems: preview.problems,
  };
}
