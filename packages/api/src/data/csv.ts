/** Characters that make a spreadsheet read a cell as a formula (or hide one behind whitespace). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that force a field to be quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: text a spreadsheet could run as a formula gets a leading `'` (so
 * `=HYPERLINK(…)` or `+49 30 123` stays text), then fields holding a comma, a quote or a line
 * break are quoted with their quotes doubled, as RFC 4180 asks.
 *
 * @example
 * csvField('Say "hi", then =1+1'); // '"Say ""hi"", then =1+1"'
 * csvField('=1+1'); // "'=1+1"
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record ending in CRLF. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
