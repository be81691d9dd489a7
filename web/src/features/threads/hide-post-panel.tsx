// Moderators hiding a post: a reason that the author and other moderators see (other members see only that a
// moderator hid it).
import { useMutation } from '@apollo/client/react';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { PostReasonForm } from './post-reason-form';
import { HidePostMutation } from './thread.queries';

export function HidePostPanel({
  post,
  onDone,
  onCancel,
}: {
  post: ThreadPostFieldsFragment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [hide] = useMutation(HidePostMutation);
  return (
    <PostReasonForm
      id={`hide-${post.number}-reason`}
      label={`Why are you hiding post ${post.number}?`}
      hint="The author and other moderators see this reason. Other members see only that a moderator hid the post."
      submitLabel="Hide post"
      blankMessage="Enter why you are hiding this post"
      onSubmit={async (reason) => {
        await hide({ variables: { id: post.id, reason } });
        onDone();
      }}
      onCancel={onCancel}
    />
  );
}
