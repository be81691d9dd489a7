// Member-written Markdown (bios now, discussion posts later) to HTML that is safe to put in a page.
// marked renders GitHub-flavoured Markdown, raw HTML included; sanitize-html then keeps only an allowlist
// of tags and attributes, so nothing a member writes can run script, restyle the page or frame another site.
import { Lexer, Marked, type Token, type Tokens } from 'marked';

type CaptionedTable = Tokens.Table & { caption?: Token[] };
import sanitizeHtml from 'sanitize-html';

/** Every link a member writes: no search-engine credit, no access to this page from the opened one. */
export const LINK_REL = 'nofollow ugc noopener';

const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A private instance, so no other code can change these options through marked's global state.
// Images are not allowed (they would let anyone track who reads a page): their alt text stands in.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    image: ({ text }) => escapeText(text),
    table(token: CaptionedTable): string {
      const inline = (cell: Tokens.TableCell) => this.parser.parseInline(cell.tokens);
      // An empty top-left cell marks the first column as row headers (a grid of "what" by "when").
      const rowHeaders = token.header.length > 1 && token.header[0].text.trim() === '';
      const head = token.header
        .map((cell, i) => (i === 0 && rowHeaders ? '<td></td>' : `<th scope="col">${inline(cell)}</th>`))
        .join('');
      const body = token.rows
        .map((row) =>
          row
            .map((cell, i) =>
              i === 0 && rowHeaders ? `<th scope="row">${inline(cell)}</th>` : `<td>${inline(cell)}</td>`,
            )
            .join(''),
        )
        .map((cells) => `<tr>${cells}</tr>`)
        .join('\n');
      const caption = token.caption ? `<caption>${this.parser.parseInline(token.caption)}</caption>\n` : '';
      return `<table>\n${caption}<thead>\n<tr>${head}</tr>\n</thead>\n${body ? `<tbody>\n${body}\n</tbody>\n` : ''}</table>\n`;
    },
  },
});

/** A one-line paragraph `Table: …` directly above or below a table is its caption (Pandoc's convention). */
const CAPTION = /^Table:[ \t]*(\S[^\n]*?)\s*$/;

function attachCaptions(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const table = out[i] as CaptionedTable;
    if (table.type !== 'table') continue;
    for (const j of [i - 1, i - 2, i + 1, i + 2]) {
      const between = out.slice(Math.min(i, j) + 1, Math.max(i, j));
      const candidate = out[j];
      if (candidate?.type !== 'paragraph' || between.some((t) => t.type !== 'space')) continue;
      const match = CAPTION.exec(candidate.raw.trim());
      if (!match) continue;
      table.caption = Lexer.lexInline(match[1], { gfm: true, breaks: true });
      out.splice(j, 1);
      if (j < i) i--;
      break;
    }
  }
  return out;
}

/** Wraps each table so a wide one scrolls sideways in its own focusable, labelled region (320 px screens). */
function scrollableTables(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    const caption = /^\s*<caption>([\s\S]*?)<\/caption>/.exec(inner)?.[1];
    const label = caption ? caption.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;') : 'Table';
    return `<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
  });
}

const SANITIZE: sanitizeHtml.IOptions = {
  // prettier-ignore
  allowedTags: [
    'p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'hr',
    'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  // Checked after entity decoding and with control characters removed, so `&#106;avascript:` and
  // `java\tscript:` are recognised too. Relative links (no scheme) stay: they point within this site.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  // Dropped with their content (not just the tags): nothing inside them is meant to be read as text.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'iframe',
    'frame',
    'frameset',
    'noframes',
    'object',
    'embed',
    'template',
    'svg',
    'math',
    'title',
    'xmp',
    'noembed',
  ],
  transformTags: {
    // A profile or post sits under the page's own h1 and h2, so its headings start at h3.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }),
    // Only the two scopes a data table needs; anything else a member writes is dropped.
    th: (tagName, attribs) => {
      const scoped: sanitizeHtml.Attributes = {};
      if (attribs.scope === 'row' || attribs.scope === 'col') scoped.scope = attribs.scope;
      return { tagName, attribs: scoped };
    },
  },
};

/**
 * GitHub-flavoured Markdown → sanitised HTML (see SANITIZE for what survives). Tables get `th scope`, an
 * optional caption (`Table: …` on its own line directly above or below) and a scrolling wrapper, added
 * after sanitising so members cannot write one themselves.
 */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  const html = markdown.parser(attachCaptions(markdown.lexer(source)));
  return scrollableTables(sanitizeHtml(html, SANITIZE)).trim();
}
