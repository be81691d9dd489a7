// "Edit your profile": what other members see about you in the directory and on your profile page. The form
// is prefilled from myProfile and saves the whole profile at once (updateProfile replaces every field).
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import {
  Button,
  Checkbox,
  Checkboxes,
  ErrorSummary,
  Radios,
  Select,
  TextArea,
  TextInput,
  useForm,
} from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { MyProfileQuery } from '../../gql/graphql';
import {
  ACTIVITY_CHOICES,
  INTEREST_CHOICES,
  isActivityType,
  isInterest,
  OTHER_SECTOR,
  REGION_CHOICES,
  SECTOR_CHOICES,
} from '../../components/member-labels';
import { ProblemBox } from '../../components/problem-box';
import { MyProfileQuery as MyProfileDocument, UpdateProfileMutation } from './profile.queries';
import { profileErrors } from './profile-validation';
import { inputFromValues, valuesFromProfile, type ProfileValues } from './profile-values';
import { SuccessBanner } from '../../components/success-banner';

const TITLE = 'Edit your profile';

function BioHint() {
  return (
    <>
      Tell other members about your work and what you would like to talk about. You can format it with Markdown:{' '}
      <code>**bold**</code> for <strong>bold</strong>, <code>[link text](https://example.org)</code> for a link, and a
      line starting <code>- </code> for each item of a list.
    </>
  );
}

/**
 * There is no preview rendered by the server, and we do not guess at one in the browser: this shows the text
 * as written and says where the formatting will appear.
 */
function BioPreview({ bio, profileId }: { bio: string; profileId: string }) {
  return (
    <details className="member-details">
      <summary className="member-details__summary">
        <span className="member-details__summary-text">Preview</span>
      </summary>
      <div className="member-details__text">
        <p>
          Bold text, links and lists appear on <Link to={`/members/${profileId}`}>your profile page</Link> once you
          save. This is your text as you wrote it:
        </p>
        {bio.trim() ? (
          <div className="member-bio-source">{bio}</div>
        ) : (
          <p className="secondary-text">You have not written anything about yourself yet.</p>
        )}
      </div>
    </details>
  );
}

function ProfileForm({
  profile,
  onSaving,
  onSaved,
}: {
  profile: MyProfileQuery['myProfile'];
  onSaving: () => void;
  onSaved: () => void;
}) {
  const { refetch: refetchViewer } = useViewer();
  const [updateProfile] = useMutation(UpdateProfileMutation);
  const form = useForm({
    initial: valuesFromProfile(profile),
    validate: profileErrors,
    submit: async (values) => {
      const result = await updateProfile({ variables: { input: inputFromValues(values) } });
      if (result.data) form.setValues(valuesFromProfile(result.data.updateProfile));
      onSaved();
      // The header and other pages show the name from the viewer query.
      void refetchViewer();
    },
    onError: (error) => problemMessage(error),
  });
  const { values, errors, errorFor } = form;
  usePageTitle(TITLE, errors.length > 0 || form.problem !== null);

  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) =>
      form.set(key, value);

  function submit(event: FormEvent<HTMLFormElement>) {
    onSaving();
    form.handleSubmit(event);
  }

  const sectorOptions = SECTOR_CHOICES.map((choice) => ({
    ...choice,
    conditional:
      choice.value === OTHER_SECTOR ? (
        <TextInput
          id="sectorOther"
          label="Your sector"
          hint={`Up to ${LIMITS.sectorOtherMax} characters`}
          value={values.sectorOther}
          onChange={set('sectorOther')}
          error={errorFor('sectorOther')}
        />
      ) : undefined,
  }));

  return (
    <>
      <p>Other members see your profile in the member directory and on your profile page.</p>
      <ErrorSummary errors={errors} />
      {form.problem ? <ProblemBox message={form.problem} /> : null}
      <form noValidate onSubmit={submit}>
        <TextInput
          id="displayName"
          label="Display name"
          hint="The name other members see, for example Priya Shah"
          autoComplete="name"
          value={values.displayName}
          onChange={set('displayName')}
          error={errorFor('displayName')}
        />
        <TextInput
          id="pronouns"
          label="Pronouns (optional)"
          hint="For example, she/her, he/him or they/them"
          width="third"
          value={values.pronouns}
          onChange={set('pronouns')}
          error={errorFor('pronouns')}
        />
        <TextInput
          id="organisation"
          label="Organisation (optional)"
          autoComplete="organization"
          value={values.organisation}
          onChange={set('organisation')}
          error={errorFor('organisation')}
        />
        <TextInput
          id="jobTitle"
          label="Job title (optional)"
          autoComplete="organization-title"
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={errorFor('jobTitle')}
        />
        <Radios
          id="sector"
          legend="Which sector do you work in? (optional)"
          hint="Choose the one that best describes your main role."
          options={sectorOptions}
          value={values.sector}
          onChange={(value) => set('sector')(SECTOR_CHOICES.find((c) => c.value === value)?.value ?? null)}
          error={errorFor('sector')}
        />
        <Select
          id="region"
          label="Region (optional)"
          hint="Where you mainly work"
          placeholder="Not given"
          options={REGION_CHOICES}
          value={values.region}
          onChange={set('region')}
          error={errorFor('region')}
        />
        <TextArea
          id="bio"
          label="About you (optional)"
          hint={<BioHint />}
          rows={8}
          maxLength={LIMITS.bioMax}
          value={values.bio}
          onChange={set('bio')}
          error={errorFor('bio')}
        />
        <BioPreview bio={values.bio} profileId={profile.id} />
        <Checkboxes
          id="interests"
          legend="Interests (optional)"
          hint="Which wellbeing benefits of heritage interest you? Select all that apply."
          options={INTEREST_CHOICES}
          values={values.interests}
          onChange={(next) => set('interests')(next.filter(isInterest))}
          error={errorFor('interests')}
        />
        <Checkboxes
          id="activityTypes"
          legend="Activities (optional)"
          hint="Which kinds of heritage activity do you run, refer people to or study? Select all that apply."
          options={ACTIVITY_CHOICES}
          values={values.activityTypes}
          onChange={(next) => set('activityTypes')(next.filter(isActivityType))}
          error={errorFor('activityTypes')}
        />
        <fieldset className="fieldset" aria-describedby="referrals-and-contact-hint">
          <legend className="fieldset__legend">Referrals and contact</legend>
          <div id="referrals-and-contact-hint" className="hint">
            Your email address is {profile.email ?? 'not available'}. Administrators can always see it.
          </div>
          <Checkbox
            id="takesReferrals"
            label="I can receive social prescribing referrals"
            checked={values.takesReferrals}
            onChange={set('takesReferrals')}
            error={errorFor('takesReferrals')}
          />
          <Checkbox
            id="showEmail"
            label="Show my email address to other members"
            checked={values.showEmail}
            onChange={set('showEmail')}
            error={errorFor('showEmail')}
          />
        </fieldset>
        <Button disabled={form.submitting}>Save profile</Button>
      </form>
    </>
  );
}

export function EditProfilePage() {
  const { data, error } = useQuery(MyProfileDocument, { fetchPolicy: 'network-only' });
  // How many times the profile has been saved on this visit: a new banner (and focus) after each save.
  const [saved, setSaved] = useState(0);
  usePageTitle(TITLE);

  function content() {
    if (data) {
      return (
        <ProfileForm
          profile={data.myProfile}
          onSaving={() => setSaved(0)}
          onSaved={() => setSaved((count) => count + 1)}
        />
      );
    }
    if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    return <LoadingMessage>Loading your profile…</LoadingMessage>;
  }

  // The h1 stays the same element while the profile loads, so the focus it gets on navigation is kept.
  return (
    <>
      {saved && data ? (
        <SuccessBanner key={saved} heading="Your profile has been saved.">
          <p>
            <Link to={`/members/${data.myProfile.id}`}>View your profile</Link>
          </p>
        </SuccessBanner>
      ) : null}
      <h1 tabIndex={-1}>{TITLE}</h1>
      {content()}
    </>
  );
}
