// @mentions in the Markdown editor: finds "@Name" at the caret, asks the member directory for matches (after a
// short pause), and lets the arrow keys, Enter and Escape choose from them, as a combobox's listbox. The
// chosen member is written as the Markdown the server turns into a mention.
import { useQuery } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { MentionCandidatesQuery } from './markdown-editor.queries';

const MENTION_MIN_LETTERS = 2;
const MENTION_RESULTS = 8;
const MENTION_DELAY_MS = 250;
/** "@" at the start or after a space or bracket, then 2+ name characters (one space allowed, for surnames). */
const MENTION_AT_CARET = /(?:^|[\s(])@([\p{L}\p{M}'’.-]{2,}(?: [\p{L}\p{M}'’.-]*)?)$/u;

interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** Index of the caret (the end of what is replaced). */
  end: number;
  query: string;
}

function mentionAt(text: string, caret: number): MentionQuery | null {
  const match = MENTION_AT_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1];
  if ([...query.replace(/[^\p{L}]/gu, '')].length < MENTION_MIN_LETTERS) return null;
  return { start: caret - query.length - 1, end: caret, query };
}

/** The Markdown the server turns into a mention: @[Display Name](/members/<id>). */
export function mentionMarkdown(member: { id: string; displayName: string }): string {
  return `@[${member.displayName.replace(/[[\]]/g, '')}](/members/${member.id})`;
}

interface Candidate {
  id: string;
  displayName: string;
  organisation?: string | null;
}

/** The mention state of one textarea (`id` names its listbox and options). */
export function useMentions({
  id,
  value,
  onChange,
  textarea,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [search, setSearch] = useState('');
  const [active, setActive] = useState({ query: '', index: 0 });
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  useEffect(() => {
    const next = mention?.query ?? '';
    const timer = window.setTimeout(() => setSearch(next), next ? MENTION_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [mention?.query]);

  const { data: found } = useQuery(MentionCandidatesQuery, {
    variables: { search, first: MENTION_RESULTS },
    skip: !search,
  });
  const candidates: Candidate[] = mention && search === mention.query ? (found?.directory.nodes ?? []) : [];
  const open = mention !== null && dismissedAt !== mention.start && candidates.length > 0;
  const activeIndex = active.query === mention?.query ? Math.min(active.index, candidates.length - 1) : 0;

  function update(text: string, caret: number | null) {
    const next = caret === null ? null : mentionAt(text, caret);
    setMention(next);
    if (next === null) setDismissedAt(null);
  }

  // After inserting a mention, put the caret after it (once React has written the new text).
  const caretAfterInsert = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterInsert.current;
    if (caret === null || !textarea.current) return;
    caretAfterInsert.current = null;
    textarea.current.setSelectionRange(caret, caret);
  }, [value, textarea]);

  function pick(member: { id: string; displayName: string }) {
    if (!mention) return;
    const inserted = `${mentionMarkdown(member)} `;
    const text = value.slice(0, mention.start) + inserted + value.slice(mention.end);
    caretAfterInsert.current = mention.start + inserted.length;
    setMention(null);
    onChange(text);
    textarea.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open || !mention) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ query: mention.query, index: (activeIndex + step + candidates.length) % candidates.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(candidates[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(mention.start);
    }
  }

  const statusText = open
    ? `${candidates.length} ${candidates.length === 1 ? 'member' : 'members'} found. Use the up and down arrows to choose, then Enter.`
    : '';

  return {
    open,
    candidates,
    activeIndex,
    listboxId: `${id}-mentions`,
    optionId: (index: number) => `${id}-mention-${index}`,
    statusText,
    update,
    close: () => setMention(null),
    pick,
    onKeyDown,
  };
}
