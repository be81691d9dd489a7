// /notifications/settings — which discussion notifications the member gets: for each kind, in the app and,
// where the kind can be emailed, by email. Saved all at once; the outcome is a success banner that takes focus.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Button, Checkboxes } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { NotificationPreferencesQuery as Result } from '../../gql/graphql';
import { DigestPreferenceSection } from '../digests/digest-preference-form';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notifications.queries';

type Preference = Result['notificationPreferences'][number];
type Channel = 'inApp' | 'email';

function channelsOf(preference: Preference): Channel[] {
  return [...(preference.inApp ? (['inApp'] as const) : []), ...(preference.email ? (['email'] as const) : [])];
}

type Outcome = { id: number; saved: true } | { id: number; saved: false; message: string } | null;

function SettingsForm({
  preferences,
  onOutcome,
}: {
  preferences: Preference[];
  onOutcome: (outcome: Outcome) => void;
}) {
  const [values, setValues] = useState<Record<string, Channel[]>>(() =>
    Object.fromEntries(preferences.map((p) => [p.kind, channelsOf(p)])),
  );
  const [update] = useMutation(UpdateNotificationPreferencesMutation);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    onOutcome(null);
    try {
      await update({
        variables: {
          preferences: preferences.map((p) => ({
            kind: p.kind,
            inApp: values[p.kind]?.includes('inApp') ?? false,
            email: p.emailAvailable && (values[p.kind]?.includes('email') ?? false),
          })),
        },
      });
      onOutcome({ id: Date.now(), saved: true });
    } catch (error) {
      onOutcome({ id: Date.now(), saved: false, message: problemMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {preferences.map((preference) => (
          <Checkboxes
            key={preference.kind}
            id={`preference-${preference.kind.toLowerCase()}`}
            legend={preference.label}
            hint={preference.emailAvailable ? undefined : 'Shown in the app only'}
            options={[
              { value: 'inApp', label: 'In the app' },
              ...(preference.emailAvailable ? [{ value: 'email', label: 'By email' }] : []),
            ]}
            values={values[preference.kind] ?? []}
            onChange={(next) => setValues((current) => ({ ...current, [preference.kind]: next as Channel[] }))}
          />
        ))}
        <Button>Save settings</Button>
      </form>
      <p>
        <Link to="/notifications">Back to your notifications</Link>
      </p>
    </>
  );
}

export function NotificationSettingsPage() {
  usePageTitle('Notification settings');
  const { data, error } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'network-only' });
  const [outcome, setOutcome] = useState<Outcome>(null);

  return (
    <>
      {outcome?.saved ? <SuccessBanner key={outcome.id} heading="Your notification settings have been saved." /> : null}
      {outcome && !outcome.saved ? <ProblemBox key={outcome.id} message={outcome.message} /> : null}
      <h1 tabIndex={-1}>Notification settings</h1>
      <p>Choose what you hear about from discussions. Notifications about your account are always sent.</p>
      {data ? <SettingsForm preferences={data.notificationPreferences} onOutcome={setOutcome} /> : null}
      {error && !data ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && !error ? <LoadingMessage>Loading your settings…</LoadingMessage> : null}
      <DigestPreferenceSection />
    </>
  );
}
