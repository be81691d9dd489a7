// Reporting a post to the moderators: a reason (only moderators see it), then a thank-you that takes focus.
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { ThreadPostFieldsFragment } from '../../gql/graphql';
import { PostReasonForm } from './post-reason-form';
import { ReportPostMutation } from './thread.queries';

export function ReportPostPanel({ post, onCancel }: { post: ThreadPostFieldsFragment; onCancel: () => void }) {
  const [report] = useMutation(ReportPostMutation);
  const [sent, setSent] = useState(false);
  const sentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div ref={sentRef} tabIndex={-1} role="status" className="post-panel status-message">
        <p>Thank you. Your report has been sent to the moderators, who will tell you what they decide.</p>
      </div>
    );
  }
  return (
    <PostReasonForm
      id={`report-${post.number}-reason`}
      label={`Why are you reporting post ${post.number}?`}
      hint="For example, it breaks the code of conduct or shares someone’s personal details. Only moderators see your report."
      submitLabel="Send report"
      blankMessage="Enter why you are reporting this post"
      onSubmit={async (reason) => {
        await report({ variables: { postId: post.id, reason } });
        setSent(true);
      }}
      onCancel={onCancel}
    />
  );
}
