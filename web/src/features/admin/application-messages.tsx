// The questions admins asked and the applicant's answers, oldest first, each with who wrote it and when.
import type { ApplicationDetailFragment } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';

export function ApplicationMessages({ application }: { application: ApplicationDetailFragment }) {
  if (application.messages.length === 0) {
    return <p>Nobody has asked {application.fullName} for more information.</p>;
  }
  return (
    <ol className="admin-thread">
      {application.messages.map((message) => (
        <li key={message.id} className="admin-thread__item">
          <p className="admin-thread__meta">
            <strong>
              {message.kind === 'QUESTION'
                ? `Question from ${message.authorName ?? 'an administrator'}`
                : `Answer from ${application.fullName}`}
            </strong>
            <span className="admin-secondary-text">
              <DateTime value={message.createdAt} withTime />
            </span>
          </p>
          <p className="admin-long-text">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
