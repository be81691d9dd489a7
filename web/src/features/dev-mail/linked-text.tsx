// Plain email text with its web addresses turned into links, so the demo can follow emailed links (the emails'
// addresses use PUBLIC_URL, which need not be the address this page was opened at). Safe by construction: the
// text is only ever rendered as React text (never as HTML), only http: and https: addresses become links (no
// javascript:, data: or mailto:), and links open without giving the new page a handle on this one.
import { Fragment } from 'react';

/** An http(s) address, up to the next space or character that cannot be part of one in plain text. */
const ADDRESS = /https?:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than the address ("…at https://example.org/join."). */
const TRAILING = /[.,;:!?)\]’”]+$/;

/** The address as a link target, or null when it is not a well-formed http(s) URL. */
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

type Part = string | { href: string; text: string };

export function linkParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    const href = safeHref(address);
    if (!href) continue;
    parts.push(text.slice(last, match.index), { href, text: address });
    last = match.index + address.length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <a key={i} href={part.href} rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
