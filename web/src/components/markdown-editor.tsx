// The Markdown composer for threads, replies and post edits: a labelled textarea with Write and Preview tabs
// (ARIA tabs; the preview is the server's own rendering, already sanitised, with any personal-data warnings,
// ./markdown-preview), a draft kept in localStorage while you type (for the signed-in member only:
// ./use-markdown-draft), @mention suggestions from the member directory (./markdown-mentions), and a short
// Markdown help. Callers clear the draft with clearDraft(draftKey) once their submission has succeeded.
import { useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useViewer } from '../session/viewer';
import { describedBy, FormGroup, HintAndError } from './field-parts';
import { MarkdownHelp } from './markdown-help';
import { useMentions } from './markdown-mentions';
import { MarkdownPreview, type PreviewTarget } from './markdown-preview';
import { useMarkdownDraft } from './use-markdown-draft';

export type { PreviewTarget } from './markdown-preview';
// Drafts live in ./drafts, under the signed-in member's id.
export { clearDraft } from './drafts';

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

type Tab = 'write' | 'preview';

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

  const draft = useMarkdownDraft({ draftKey, memberId, value, onChange, textarea });
  const mentions = useMentions({ id, value, onChange, textarea });
  const mentionHelpId = `${uid}-mention-help`;

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
              mentions.update(event.target.value, event.target.selectionStart);
            }}
            onSelect={(event) => {
              const { value: text, selectionStart, selectionEnd } = event.currentTarget;
              mentions.update(text, selectionStart === selectionEnd ? selectionStart : null);
            }}
            onBlur={mentions.close}
            onKeyDown={mentions.onKeyDown}
            aria-describedby={describedBy(props, mentionHelpId)}
            aria-invalid={error ? true : undefined}
            aria-autocomplete="list"
            aria-controls={mentions.open ? mentions.listboxId : undefined}
            aria-activedescendant={mentions.open ? mentions.optionId(mentions.activeIndex) : undefined}
          />
          <span id={mentionHelpId} className="visually-hidden">
            Type @ and the first letters of a name to mention a member.
          </span>
          {mentions.open ? (
            <ul
              id={mentions.listboxId}
              role="listbox"
              aria-label="Members to mention"
              className="markdown-editor__mentions"
            >
              {mentions.candidates.map((member, index) => (
                <li
                  key={member.id}
                  id={mentions.optionId(index)}
                  role="option"
                  aria-selected={index === mentions.activeIndex}
                  className={
                    index === mentions.activeIndex
                      ? 'markdown-editor__mention markdown-editor__mention--active'
                      : 'markdown-editor__mention'
                  }
                  // Keep focus (and the caret) in the textarea while choosing with a pointer.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => mentions.pick(member)}
                >
                  {member.displayName}
                  {member.organisation ? <span className="secondary-text"> ({member.organisation})</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <div role="status" className="visually-hidden">
            {mentions.statusText}
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
          {current === 'preview' ? <MarkdownPreview body={value} target={props.previewFor} /> : null}
        </div>
        {draft.restored ? (
          <div className="markdown-editor__draft">
            <p className="markdown-editor__draft-text">We restored the text you were writing here last time.</p>
            <button type="button" className="link-button" onClick={draft.discard}>
              Discard draft
            </button>
          </div>
        ) : null}
        <div role="status" className="visually-hidden">
          {draft.announcement}
        </div>
        <MarkdownHelp />
      </div>
    </FormGroup>
  );
}
