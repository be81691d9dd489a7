// CSV downloads (RFC 4180: quoted where needed, CRLF line ends, a BOM so spreadsheets read UTF-8), safe to
// open in a spreadsheet: a cell that would start a formula (=, +, -, @, tab, carriage return) is prefixed
// with an apostrophe, so a value such as "=HYPERLINK(…)" is shown as text, never run. Used by the attendee
// list and the impact report.

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file from its rows of cells. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
