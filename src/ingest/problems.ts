/**
 * Input problems: where (file, line, column), what was found, what was expected. They are plain
 * data so they cross the worker boundary intact (comlink keeps only `message` of a thrown error).
 */
import type { InputProblem } from '../model/types.ts';
import type { DateOrder } from './cell-values.ts';
import { detachField } from './csv.ts';
import { formatProblem } from './messages.ts';

/** Every kind of problem the importer reports; each has an English and a French phrasing. */
export type ProblemCode =
  | 'empty-file'
  | 'header-only'
  | 'missing-header'
  | 'unsupported-encoding'
  | 'unterminated-quote'
  | 'field-count'
  | 'mixed-delimiters'
  | 'missing-unit-column'
  | 'missing-period-column'
  | 'no-measure-columns'
  | 'duplicate-column'
  | 'unknown-column'
  | 'invalid-mapping'
  | 'missing-unit'
  | 'missing-period'
  | 'invalid-date'
  | 'invalid-score'
  | 'invalid-boolean'
  | 'missing-item'
  | 'duplicate-respondent'
  | 'duplicate-answer';

/** Facts behind a problem, so each language can phrase it (`expected` alone is English). */
export interface ProblemDetail {
  /** Allowed range of a score. */
  min?: number;
  max?: number;
  /** Only whole numbers are allowed. */
  whole?: boolean;
  /** Agreement answers written as text are allowed too. */
  agreement?: boolean;
  expectedFields?: number;
  gotFields?: number;
  delimiter?: string;
  otherDelimiter?: string;
  /** Line where the same respondent or answer was first seen. */
  firstLine?: number;
  /** Role of a column in the mapping (`unit`, `nps`, …). */
  role?: string;
  /** The other column claiming the same role. */
  otherColumn?: string;
  /** Column headers found, for file-level problems about columns. */
  columns?: string[];
  encoding?: string;
  dateOrder?: DateOrder;
  item?: string;
  kind?: 'employees' | 'customers';
}

/** An {@link InputProblem} from the importer: `code` is typed and `detail` feeds translations. */
export interface IngestProblem extends InputProblem {
  code: ProblemCode;
  detail?: ProblemDetail;
}

/** Values are shown truncated to this many characters. */
export const MAX_VALUE_LENGTH = 60;

/** Truncates to {@link MAX_VALUE_LENGTH} characters (an ellipsis included), never splitting a surrogate pair. */
export function truncateValue(value: string): string {
  if (value.length <= MAX_VALUE_LENGTH) return detachField(value);
  let cut = MAX_VALUE_LENGTH - 1;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return detachField(`${value.slice(0, cut)}…`);
}

/** Where a problem is. */
export interface ProblemPlace {
  file: string;
  line: number;
  column?: string;
}

/** Builds a problem with its English `expected` and `message`. */
export function createProblem(
  code: ProblemCode,
  place: ProblemPlace,
  value = '',
  detail?: ProblemDetail,
): IngestProblem {
  const problem: IngestProblem = {
    file: place.file,
    line: place.line,
    column: place.column ?? '',
    value: truncateValue(value),
    expected: '',
    code,
    message: '',
  };
  if (detail !== undefined) problem.detail = detail;
  problem.expected = formatProblem(problem, 'en', 'expected');
  problem.message = formatProblem(problem, 'en');
  return problem;
}
