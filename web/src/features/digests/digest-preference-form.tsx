// The email digest question on the notification settings page: never, daily or weekly (the default), saved
// on its own with a success banner that takes focus, or a problem box when saving fails.
import { DIGEST_FREQUENCY_LABELS, DigestFrequency } from '@heritage/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Button, Radios } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { DigestPreferenceQuery, UpdateDigestPreferenceMutation } from './digests.queries';

const OPTIONS = [DigestFrequency.Weekly, DigestFrequency.Daily, DigestFrequency.Off].map((value) => ({
  value,
  label: DIGEST_FREQUENCY_LABELS[value],
}));

type Outcome = { id: number; saved: true } | { id: number; saved: false; message: string } | null;

function Form({ initial }: { initial: DigestFrequency }) {
  const [value, setValue] = useState<DigestFrequency>(initial);
  const [update] = useMutation(UpdateDigestPreferenceMutation);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      await update({ variables: { input: { frequency: value } } });
      setOutcome({ id: Date.now(), saved: true });
    } catch (error) {
      setOutcome({ id: Date.now(), saved: false, message: problemMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {outcome?.saved ? <SuccessBanner key={outcome.id} heading="Your digest setting has been saved." /> : null}
      {outcome && !outcome.saved ? <ProblemBox key={outcome.id} message={outcome.message} /> : null}
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="digest-heading">
        <Radios
          id="digest-frequency"
          legend="How often do you want the digest?"
          hint="It lists new case studies, advisory group updates, threads and replies in spaces you follow, and new events. It is not sent when there is nothing new."
          options={OPTIONS}
          value={value}
          onChange={(next) => setValue(next as DigestFrequency)}
        />
        <Button>Save digest setting</Button>
      </form>
    </>
  );
}

export function DigestPreferenceSection() {
  const { data, error } = useQuery(DigestPreferenceQuery, { fetchPolicy: 'network-only' });
  return (
    <section aria-labelledby="digest-heading">
      <h2 id="digest-heading">Email digest</h2>
      {data ? <Form initial={data.digestPreference.frequency as DigestFrequency} /> : null}
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && !error ? <LoadingMessage>Loading your digest setting…</LoadingMessage> : null}
    </section>
  );
}
