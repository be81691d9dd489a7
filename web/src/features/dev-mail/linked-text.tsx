// Plain email text with this site's own addresses turned into links, so the demo can follow emailed links.
// Addresses on any other site stay as text: this page must never send people somewhere unexpected.
import { Fragment } from 'react';

const URL = /https?:\/\/[^\s<>"]+/g;

export function LinkedText({ text }: { text: string }) {
  const origin = window.location.origin;
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    const href = match[0];
    const index = match.index;
    if (!href.startsWith(`${origin}/`)) continue;
    parts.push(text.slice(last, index), { href });
    last = index + href.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <a key={i} href={part.href}>
            {part.href}
          </a>
        ),
      )}
    </>
  );
}
