// The Markdown editor's Preview tab: the server's own rendering of the text (sanitised there), with any
// personal-data warnings the same check makes when the text is posted.
import { useQuery } from '@apollo/client/react';
import { MarkdownPreviewQuery } from './markdown-editor.queries';

export interface PreviewTarget {
  threadId: string;
  postId?: string;
}

export function MarkdownPreview({ body, target }: { body: string; target?: PreviewTarget }) {
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
