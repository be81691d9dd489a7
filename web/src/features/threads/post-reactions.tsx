// A post's three reactions as toggle buttons (aria-pressed), "Helpful 3", with who reacted behind a
// disclosure. Members who may not react (their own post, a locked thread) see the counts as text.
import { useMutation } from '@apollo/client/react';
import { REACTION_LABELS, type ReactionKind } from '@heritage/shared';
import { useState } from 'react';
import { problemMessage } from '../../components/problem-message';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { ReactMutation, UnreactMutation } from './thread.queries';

type Post = ThreadPostFieldsFragment;
type Reaction = Post['reactions'][number];

function WhoReacted({ reactions }: { reactions: Reaction[] }) {
  const used = reactions.filter((r) => r.count > 0);
  if (used.length === 0) return null;
  return (
    <details className="member-details post-reactors">
      <summary className="member-details__summary">
        <span className="member-details__summary-text">Who reacted</span>
      </summary>
      <div className="member-details__text">
        <dl className="post-reactors__list">
          {used.map((reaction) => {
            const more = reaction.count - reaction.reactors.length;
            return (
              <div key={reaction.kind}>
                <dt>{REACTION_LABELS[reaction.kind as ReactionKind]}</dt>
                <dd>
                  {reaction.reactors.map((r) => r.displayName).join(', ')}
                  {more > 0 ? ` and ${more} more` : ''}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
    </details>
  );
}

export function PostReactions({ post, onProblem }: { post: Post; onProblem: (message: string) => void }) {
  const [react] = useMutation(ReactMutation);
  const [unreact] = useMutation(UnreactMutation);
  const [busy, setBusy] = useState<string | null>(null);

  async function toggle(reaction: Reaction) {
    if (busy) return;
    setBusy(reaction.kind);
    const variables = { postId: post.id, kind: reaction.kind };
    try {
      if (reaction.reactedByViewer) await unreact({ variables });
      else await react({ variables });
    } catch (error) {
      onProblem(problemMessage(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="post-reactions">
      {post.canReact ? (
        <ul className="post-reactions__list" aria-label={`Reactions to post ${post.number}`}>
          {post.reactions.map((reaction) => (
            <li key={reaction.kind}>
              <button
                type="button"
                className="reaction-button"
                aria-pressed={reaction.reactedByViewer}
                onClick={() => void toggle(reaction)}
              >
                {/* Pressed shows a tick and a solid fill, not colour alone. */}
                {reaction.reactedByViewer ? <span aria-hidden="true">✓ </span> : null}
                {REACTION_LABELS[reaction.kind as ReactionKind]}{' '}
                <span className="reaction-button__count">{reaction.count}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <ul
          className="post-reactions__list post-reactions__list--counts"
          aria-label={`Reactions to post ${post.number}`}
        >
          {post.reactions.map((reaction) => (
            <li key={reaction.kind} className="reaction-count">
              {`${REACTION_LABELS[reaction.kind as ReactionKind]} ${reaction.count}`}
            </li>
          ))}
        </ul>
      )}
      <WhoReacted reactions={post.reactions} />
    </div>
  );
}
