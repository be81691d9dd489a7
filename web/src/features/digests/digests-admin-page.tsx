// /admin/digests — when the email digest last ran and how many it sent (the latest runs, newest first), and
// a button that runs it now (digests already sent this period are not sent again).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Button } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { DateTime } from '../../components/date-time';
import { ScrollableTable } from '../../components/scrollable-table';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { DigestRunsQuery, RunDigestsMutation } from './digests.queries';

const TRIGGER_LABELS: Record<string, string> = { SCHEDULE: 'Hourly schedule', ON_DEMAND: 'An admin' };

type Outcome = { id: number; sent: number; nothingNew: number } | { id: number; message: string } | null;

export function DigestsAdminPage() {
  usePageTitle('Email digests');
  const { data, error, refetch } = useQuery(DigestRunsQuery, { fetchPolicy: 'network-only' });
  const [run] = useMutation(RunDigestsMutation);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const latest = data?.digestRuns[0];

  async function runNow() {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await run({ variables: { input: {} } });
      const r = result.data!.runDigests.run;
      setOutcome({ id: Date.now(), sent: r.sent, nothingNew: r.nothingNew });
      await refetch();
    } catch (e) {
      setOutcome({ id: Date.now(), message: problemMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {outcome && 'sent' in outcome ? (
        <SuccessBanner
          key={outcome.id}
          heading={`Digests sent: ${outcome.sent}. Members with nothing new: ${outcome.nothingNew}.`}
        />
      ) : null}
      {outcome && 'message' in outcome ? <ProblemBox key={outcome.id} message={outcome.message} /> : null}
      <h1 tabIndex={-1}>Email digests</h1>
      <p>
        Members get a digest weekly (Monday, 8am UK time) unless they choose daily or never. The digest runs every hour
        and sends each member at most one digest per day or week.
      </p>
      {data ? (
        latest ? (
          <p>
            Last run <DateTime value={latest.startedAt} withTime />: {latest.sent} sent.
          </p>
        ) : (
          <p>The digest has not run yet.</p>
        )
      ) : null}
      {data && data.digestRuns.length > 0 ? (
        <ScrollableTable id="digest-runs" caption="Latest runs">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Started by</th>
              <th scope="col">Sent</th>
              <th scope="col">Nothing new</th>
            </tr>
          </thead>
          <tbody>
            {data.digestRuns.map((r) => (
              <tr key={r.id}>
                <td>
                  <DateTime value={r.startedAt} withTime />
                  {r.finishedAt ? null : ' (did not finish)'}
                </td>
                <td>{TRIGGER_LABELS[r.trigger] ?? r.trigger}</td>
                <td>{r.sent}</td>
                <td>{r.nothingNew}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      ) : null}
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && !error ? <LoadingMessage>Loading the latest runs…</LoadingMessage> : null}
      <Button type="button" onClick={() => void runNow()} disabled={busy}>
        Send digests now
      </Button>
    </>
  );
}
