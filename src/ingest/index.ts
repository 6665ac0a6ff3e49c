/**
 * `symmetry-insights/ingest`: from exported bytes to validated columnar tables. Pure TypeScript
 * (only `TextDecoder` from the platform), so the CLI, the worker and tests share it.
 */
export { importCustomers, importEmployees } from './import-table.ts';
export type { ExportSource, ImportInput, ImportOptions, ImportReport, ImportResult } from './import-table.ts';
export { decode, decodeChunks, decodeWindows1252, detectBom, InvalidUtf8Error } from './decode.ts';
export type { DecodedText, TextEncoding, UnsupportedEncoding } from './decode.ts';
export { CsvParser, parseCsv } from './csv.ts';
export type { CsvEnd, Delimiter, ParsedCsv, RecordHandler } from './csv.ts';
export { looksLikeHeader, sniff, sniffDecimal, sniffDelimiter } from './sniff.ts';
export type { DecimalSeparator, Dialect } from './sniff.ts';
export { recogniseHeader, resolveColumns, rolesOf, slugify } from './columns.ts';
export type { ColumnAssignment, ColumnMapping, ColumnMappingEntry, ColumnRole, TableKind } from './columns.ts';
export { readAgreement, readBoolean, readDateOrPeriod, readNumber, readScore } from './cell-values.ts';
export type { DateOrder, ScoreRule } from './cell-values.ts';
export { formatProblem } from './messages.ts';
export type { ProblemLanguage } from './messages.ts';
export { createProblem, MAX_VALUE_LENGTH } from './problems.ts';
export type { IngestProblem, ProblemCode, ProblemDetail } from './problems.ts';
export { ImportAbortedError, importCustomersStream, importEmployeesStream, previewFile } from './import-stream.ts';
export type { CancelFlag, FilePreview, PreviewColumn, StreamImportOptions, StreamInput } from './import-stream.ts';
export { unguardText } from './cell-values.ts';
