// The Markdown composer for threads, replies and post edits: a labelled textarea with Write and Preview tabs
// (ARIA tabs; the preview is the server's own rendering, already sanitised, with any personal-data warnings),
// a draft kept in localStorage while you type (for the signed-in member only: see ./drafts), @mention suggestions from the member directory, and a short
// Markdown help. Callers clear the draft with clearDraft(draftKey) once their submission has succeeded.
import { useQuery } from '@apollo/client/react';
import {
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useViewer } from '../session/viewer';
import { graphql } from '../gql';
import { clearDraft, readDraft, scheduleDraft } from './drafts';
import { describedBy, FormGroup, HintAndError } from './field-parts';

export interface MarkdownEditorProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Keeps a draft in this browser under this key (e.g. "reply:<threadId>"), restored on the next visit. */
  draftKey?: string;
  /** The textarea, for callers that move focus to it (e.g. after choosing "Reply" on a post). */
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  /**
   * Where the text will be posted (and the post being edited): the preview's personal-data check is then the
   * one saving makes, so lines quoted from the thread's posts are not flagged again.
   */
  previewFor?: PreviewTarget;
}

export interface PreviewTarget {
  threadId: string;
  postId?: string;
}

export const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {
    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {
      html
      personalData {
        field
        kind
        label
        text
        blocking
      }
    }
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($search: String!, $first: Int) {
    directory(search: $search, first: $first) {
      nodes {
        id
        displayName
        organisation
      }
    }
  }
`);

// Drafts live in ./drafts, under the signed-in member's id.
export { clearDraft } from './drafts';

// Mentions -----------------------------------------------------------------------------------------------

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

// The component ------------------------------------------------------------------------------------------

type Tab = 'write' | 'preview';

function MarkdownHelp() {
  return (
    <details className="member-details markdown-editor__help">
      <summary className="member-details__summary">
        <span className="member-details__summary-text">Markdown help</span>
      </summary>
      <div className="member-details__text">
        <ul className="list list--bullet">
          <li>
            <code>**bold**</code> for <strong>bold</strong> and <code>*italic*</code> for <em>italic</em>
          </li>
          <li>
            <code>[link text](https://example.org)</code> for a link
          </li>
          <li>
            a line starting <code>- </code> for each item of a list, or <code>1. </code> for a numbered list
          </li>
          <li>
            a line starting <code>&gt; </code> to quote someone
          </li>
          <li>a blank line between paragraphs</li>
          <li>
            <code>@</code> and the first letters of a name to mention a member: choose them from the list with the arrow
            keys and Enter, and they will be told
          </li>
        </ul>
      </div>
    </details>
  );
}

function Preview({ body, target }: { body: string; target?: PreviewTarget }) {
  const empty = !body.trim();
  const { data, error, loading } = useQuery(MarkdownPreviewQuery, {
    variables: { body, threadId: target?.threadId ?? null, postId: target?.postId ?? null },
    skip: empty,
    // Every keystroke would be a new cache entry holding the whole text.
    fetchPolicy: 'no-cache',
  });
  if (empty) return <p className="secondary-text">Nothing to preview yet.</p>;
  if (error) return <p className="secondary-text">Sorry, the preview is not available. Try again later.</p>;
  if (!data || loading) return <p className="secondary-text">Loading the preview…</p>;
  const findings = data.previewMarkdown.personalData;
  return (
    <>
      {findings.length ? (
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="warning-text__text">
            <strong>
              <span className="visually-hidden">Warning: </span>
              This may identify someone.
            </strong>{' '}
            {findings.some((f) => f.blocking)
              ? 'NHS numbers cannot be posted: remove them before you post.'
              : 'Remove it, or make sure you have their consent, before you post.'}
            <ul className="list list--bullet markdown-editor__findings">
              {findings.map((f) => (
                <li key={`${f.kind}:${f.text}`}>
                  Possible {f.label}: “{f.text}”
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {/* Rendered and allowlist-sanitised by the server (the same renderer the posts use). */}
      <div
        className="member-bio markdown-editor__preview"
        dangerouslySetInnerHTML={{ __html: data.previewMarkdown.html }}
      />
    </>
  );
}

export function MarkdownEditor(props: MarkdownEditorProps) {
  const { id, name, label, value, onChange, error, draftKey, textareaRef, rows = 10 } = props;
  const uid = useId();
  const memberId = useViewer().viewer?.id ?? null;
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(textareaRef, () => textarea.current as HTMLTextAreaElement, []);

  // Tabs. The preview belongs to the error it was opened with: a new error (from submitting) shows the text
  // again, so the error summary's link can reach the textarea.
  const [tab, setTab] = useState<{ tab: Tab; error?: string }>({ tab: 'write' });
  const current: Tab = tab.tab === 'preview' && tab.error === error ? 'preview' : 'write';
  const writeTab = useRef<HTMLButtonElement>(null);
  const previewTab = useRef<HTMLButtonElement>(null);
  const tabRefs = { write: writeTab, preview: previewTab };
  const tabId = (t: Tab) => `${id}-${t}-tab`;
  const panelId = (t: Tab) => `${id}-${t}-panel`;

  function choose(next: Tab, focus = false) {
    setTab({ tab: next, error });
    if (focus) tabRefs[next].current?.focus();
  }

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const keys: Record<string, Tab> = {
      ArrowLeft: current === 'write' ? 'preview' : 'write',
      ArrowRight: current === 'write' ? 'preview' : 'write',
      Home: 'write',
      End: 'preview',
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    choose(next, true);
  }

  // Draft: what was saved last time, if it differs from the text we were given, is restored once.
  const [initialValue] = useState(value);
  const [restoredDraft] = useState(() => {
    if (!draftKey) return null;
    const saved = readDraft(memberId, draftKey);
    return saved !== null && saved.trim() && saved !== value ? saved : null;
  });
  const [draftNotice, setDraftNotice] = useState<'restored' | 'discarded' | null>(restoredDraft ? 'restored' : null);
  // The live region starts empty and is filled a moment later, so screen readers announce it.
  const [announcement, setAnnouncement] = useState('');

  const restoreDraft = useEffectEvent(() => {
    if (restoredDraft !== null) onChange(restoredDraft);
  });
  useEffect(() => restoreDraft(), []);

  useEffect(() => {
    const message =
      draftNotice === 'restored' ? 'Draft restored' : draftNotice === 'discarded' ? 'Draft discarded' : '';
    const timer = window.setTimeout(() => setAnnouncement(message), 150);
    return () => window.clearTimeout(timer);
  }, [draftNotice]);

  useEffect(() => {
    if (!draftKey) return;
    scheduleDraft(memberId, draftKey, value.trim() && value !== initialValue ? value : null);
  }, [memberId, draftKey, value, initialValue]);

  function discardDraft() {
    if (draftKey) clearDraft(draftKey);
    onChange(initialValue);
    setDraftNotice('discarded');
    textarea.current?.focus();
  }

  // Mentions.
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
  const candidates = mention && search === mention.query ? (found?.directory.nodes ?? []) : [];
  const open = mention !== null && dismissedAt !== mention.start && candidates.length > 0;
  const activeIndex = active.query === mention?.query ? Math.min(active.index, candidates.length - 1) : 0;
  const listboxId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  function updateMention(text: string, caret: number | null) {
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
  }, [value]);

  function pick(member: { id: string; displayName: string }) {
    if (!mention) return;
    const inserted = `${mentionMarkdown(member)} `;
    const text = value.slice(0, mention.start) + inserted + value.slice(mention.end);
    caretAfterInsert.current = mention.start + inserted.length;
    setMention(null);
    onChange(text);
    textarea.current?.focus();
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
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

  const mentionHelpId = `${uid}-mention-help`;
  const statusText = open
    ? `${candidates.length} ${candidates.length === 1 ? 'member' : 'members'} found. Use the up and down arrows to choose, then Enter.`
    : '';

  return (
    <FormGroup error={error}>
      <div className="markdown-editor">
        <label htmlFor={id} className="label">
          {label}
        </label>
        <HintAndError {...props} />
        <div role="tablist" aria-label="Write or preview" className="markdown-editor__tabs">
          {(['write', 'preview'] as const).map((t) => (
            <button
              key={t}
              ref={tabRefs[t]}
              id={tabId(t)}
              type="button"
              role="tab"
              className="markdown-editor__tab"
              aria-selected={current === t}
              aria-controls={panelId(t)}
              tabIndex={current === t ? 0 : -1}
              onClick={() => choose(t)}
              onKeyDown={onTabKeyDown}
            >
              {t === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
        <div
          id={panelId('write')}
          role="tabpanel"
          aria-labelledby={tabId('write')}
          hidden={current !== 'write'}
          className="markdown-editor__panel"
        >
          <textarea
            ref={textarea}
            id={id}
            name={name}
            rows={rows}
            className={
              error ? 'textarea textarea--error markdown-editor__textarea' : 'textarea markdown-editor__textarea'
            }
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
              updateMention(event.target.value, event.target.selectionStart);
            }}
            onSelect={(event) => {
              const { value: text, selectionStart, selectionEnd } = event.currentTarget;
              updateMention(text, selectionStart === selectionEnd ? selectionStart : null);
            }}
            onBlur={() => setMention(null)}
            onKeyDown={onTextKeyDown}
            aria-describedby={describedBy(props, mentionHelpId)}
            aria-invalid={error ? true : undefined}
            aria-autocomplete="list"
            aria-controls={open ? listboxId : undefined}
            aria-activedescendant={open ? optionId(activeIndex) : undefined}
          />
          <span id={mentionHelpId} className="visually-hidden">
            Type @ and the first letters of a name to mention a member.
          </span>
          {open ? (
            <ul id={listboxId} role="listbox" aria-label="Members to mention" className="markdown-editor__mentions">
              {candidates.map((member, index) => (
                <li
                  key={member.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={
                    index === activeIndex
                      ? 'markdown-editor__mention markdown-editor__mention--active'
                      : 'markdown-editor__mention'
                  }
                  // Keep focus (and the caret) in the textarea while choosing with a pointer.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(member)}
                >
                  {member.displayName}
                  {member.organisation ? <span className="secondary-text"> ({member.organisation})</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <div role="status" className="visually-hidden">
            {statusText}
          </div>
        </div>
        <div
          id={panelId('preview')}
          role="tabpanel"
          aria-labelledby={tabId('preview')}
          hidden={current !== 'preview'}
          tabIndex={0}
          className="markdown-editor__panel markdown-editor__panel--preview"
        >
          {current === 'preview' ? <Preview body={value} target={props.previewFor} /> : null}
        </div>
        {draftNotice === 'restored' ? (
          <div className="markdown-editor__draft">
            <p className="markdown-editor__draft-text">We restored the text you were writing here last time.</p>
            <button type="button" className="link-button" onClick={discardDraft}>
              Discard draft
            </button>
          </div>
        ) : null}
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
        <MarkdownHelp />
      </div>
    </FormGroup>
  );
}
