// Validation of what a caller hands to ingestDocument. Bad input is refused before anything
// is written, with a stable code a client can act on.

export interface IngestDocumentInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** ISO 8601 date (2024-05-16) or date-time (2024-05-16T09:30:00Z). */
  publishedAt?: string | null;
  /** What `text` is; default 'text'. Only 'html' is read as markup: nothing is guessed. */
  format?: DocumentFormat | null;
}

export type DocumentFormat = 'text' | 'html';
const DOCUMENT_FORMATS: readonly string[] = ['text', 'html'] satisfies DocumentFormat[];

export type InputErrorCode =
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LARGE'
  | 'INVALID_CHARACTERS'
  | 'INVALID_UNICODE'
  | 'BAD_DATE'
  | 'BAD_URL'
  | 'BAD_METADATA'
  | 'BAD_FORMAT'
  | 'HTML_TOO_DEEP';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_TEXT_BYTES = 5 * 1024 * 1024;
const MAX_METADATA_LENGTH = 2000;

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the set we refuse
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Years 0001-9999 (what PostgreSQL's date and ISO 8601 without extension hold), a real clock
// time, and an offset within ±23:59.
const ISO_DATE =
  /^(?!0000)(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
/** Where an article can be found: a web address, never a script or inline data. */
const WEB_URL_PROTOCOLS = new Set(['http:', 'https:']);

export interface ValidatedInput {
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** YYYY-MM-DD of publishedAt. */
  publishedOn: string | null;
  format: DocumentFormat;
}

export function validateInput(
  input: IngestDocumentInput,
  maxTextBytes = DEFAULT_MAX_TEXT_BYTES,
): ValidatedInput {
  if (typeof input?.text !== 'string') throw new InputError('EMPTY_TEXT', 'text is required');
  const { text } = input;
  if (text.trim() === '') throw new InputError('EMPTY_TEXT', 'text is empty or only white space');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxTextBytes) {
    throw new InputError('TEXT_TOO_LARGE', `text is ${bytes} bytes; the limit is ${maxTextBytes} bytes`);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new InputError(
      'INVALID_CHARACTERS',
      `text contains the control character U+${code.toUpperCase()} at offset ${control.index}: not article text`,
    );
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    throw new InputError(
      'INVALID_UNICODE',
      `text contains a lone UTF-16 surrogate at offset ${surrogate.index}`,
    );
  }
  const publishedAt = cleanMeta('publishedAt', input.publishedAt);
  let publishedOn: string | null = null;
  if (publishedAt) {
    publishedOn = isoDay(publishedAt);
    if (!publishedOn) {
      throw new InputError('BAD_DATE', `publishedAt "${publishedAt}" is not an ISO 8601 date or date-time`);
    }
  }
  const url = cleanMeta('url', input.url);
  if (url && !isWebUrl(url)) {
    throw new InputError('BAD_URL', `url "${url}" is not an absolute http(s) URL`);
  }
  return {
    text,
    title: cleanMeta('title', input.title),
    url,
    publisher: cleanMeta('publisher', input.publisher),
    publishedAt,
    publishedOn,
    format: documentFormat(input.format),
  };
}

function documentFormat(value: unknown): DocumentFormat {
  if (value == null) return 'text';
  if (typeof value === 'string' && DOCUMENT_FORMATS.includes(value)) return value as DocumentFormat;
  throw new InputError(
    'BAD_FORMAT',
    `format must be one of ${DOCUMENT_FORMATS.join(', ')}, got ${JSON.stringify(value)}`,
  );
}

function isWebUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return WEB_URL_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '';
}

/**
 * The calendar day of an ISO date or date-time (year 0001-9999, a valid time and offset), or
 * null when it is not one.
 */
export function isoDay(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const day = `${y}-${mo}-${d}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return null;
  return day;
}

function cleanMeta(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw new InputError('BAD_METADATA', `${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_METADATA_LENGTH || CONTROL.test(trimmed) || LONE_SURROGATE.test(trimmed)) {
    throw new InputError(
      'BAD_METADATA',
      `${field} is longer than ${MAX_METADATA_LENGTH} characters or not plain text`,
    );
  }
  return trimmed;
}
