// The development mailbox, for demos and local work: read the emails the server would have sent and follow
// their links. Servers that send real email (SMTP_URL set) or run in production have no mailbox.
import { useQuery } from '@apollo/client/react';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../components/format';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { DevMailboxQuery } from './dev-mailbox.query';
import { LinkedText } from './linked-text';

function Mailbox() {
  const { data, error } = useQuery(DevMailboxQuery, { variables: { first: 50 }, fetchPolicy: 'network-only' });

  if (error && hasErrorCode(error, 'NOT_FOUND')) return <p>There is no development mailbox on this server.</p>;
  if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return <LoadingMessage>Loading emails…</LoadingMessage>;
  if (data.devMailbox.length === 0) return <p>No emails yet.</p>;

  return (
    <ol className="mail-list">
      {data.devMailbox.map((mail) => (
        <li key={mail.id} className="mail">
          <h2 className="mail__subject">{mail.subject}</h2>
          <dl className="mail__meta">
            <div>
              <dt>To</dt>
              <dd>{mail.to}</dd>
            </div>
            <div>
              <dt>Received</dt>
              <dd>
                <time dateTime={String(mail.createdAt)}>{formatDateTime(String(mail.createdAt))}</time>
              </dd>
            </div>
          </dl>
          <pre className="mail__text">
            <LinkedText text={mail.text} />
          </pre>
        </li>
      ))}
    </ol>
  );
}

export function DevMailPage() {
  usePageTitle('Development mailbox');
  return (
    <>
      <h1 tabIndex={-1}>Development mailbox</h1>
      <p className="lead">
        The latest emails this server would have sent. It keeps them here because it has no mail server configured.
      </p>
      <Mailbox />
    </>
  );
}
