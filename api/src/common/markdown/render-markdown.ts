// Member-written Markdown (bios now, discussion posts later) to HTML that is safe to put in a page.
// marked renders GitHub-flavoured Markdown, raw HTML included; sanitize-html then keeps only an allowlist
// of tags and attributes, so nothing a member writes can run script, restyle the page or frame another site.
import { Marked } from 'marked';
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
  renderer: { image: ({ text }) => escapeText(text) },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'hr'],
  allowedAttributes: { a: ['href', 'rel'] },
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
  },
};

/** GitHub-flavoured Markdown → sanitised HTML (see SANITIZE for what survives). */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}
