// Quoting a post in a reply. The composer inserts Markdown: a blockquote whose first line says who wrote it,
// linked to the quoted post ("[Priya Shah wrote (#4)](/threads/<id>?post=4):"), then the post's text. The
// server renders it like any other Markdown (links kept, sanitised), so the attribution needs no special
// storage and survives editing. The personal-data guard reads quoted lines back out (unquoteLine): text quoted
// verbatim from a post already in the thread has been published there and is not checked again.

export interface QuotedPost {
  threadId: string;
  number: number;
  authorName: string;
  /** The quoted post's Markdown, as written. */
  body: string;
}

/** The thread page opens at post N (and moves focus to it) for ?post=N, loading its page of the thread. */
export const postPath = (threadId: string, number: number): string => `/threads/${threadId}?post=${number}`;

/** Backslash-escapes what Markdown would read as markup or a link inside link text (names are plain text). */
export const escapeMarkdownText = (text: string): string => text.replace(/[\\`*_[\]()<>!#|~&]/g, '\\$&');

/** A line of a blockquote, as CommonMark reads one: up to three spaces of indent, ">", one optional space. */
const QUOTE_MARKER = /^ {0,3}> ?/;

/** The line's text inside one level of quoting ("> > a" → "> a"), or null when the line is not quoted. */
export function unquoteLine(line: string): string | null {
  const marker = QUOTE_MARKER.exec(line);
  return marker ? line.slice(marker[0].length).replace(/\r$/, '') : null;
}

/** The Markdown a reply quoting `post` starts with: the linked attribution, a blank line, then the text. */
export function quotePost(post: QuotedPost): string {
  const attribution = `[${escapeMarkdownText(post.authorName)} wrote (#${post.number})](${postPath(post.threadId, post.number)}):`;
  return [attribution, '', ...post.body.trimEnd().split(/\r?\n/)].map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** The distinct texts of the quoted lines of `body` (one level of quoting removed), blank ones left out. */
export function quotedLines(body: string): string[] {
  const lines = body.split('\n').map(unquoteLine);
  return [...new Set(lines.filter((line): line is string => line !== null && line.trim() !== ''))];
}

/**
 * `body` with each quoted line whose text `shown` holds blanked to ">" and spaces (the same length, so offsets
 * into the text still hold); the other lines as they were.
 */
export function withoutShownQuotes(body: string, shown: ReadonlySet<string>): string {
  if (shown.size === 0) return body;
  return body
    .split('\n')
    .map((line) => {
      const text = unquoteLine(line);
      return text !== null && shown.has(text) ? '>'.padEnd(line.length, ' ') : line;
    })
    .join('\n');
}
