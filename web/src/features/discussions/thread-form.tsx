// The form for starting or editing a thread (GOV.UK style): what kind it is, title, the update's summary,
// the case study's structured answers in fieldsets, the body in the Markdown editor and tags. Problems go in
// the error summary; the personal-data guard's findings are listed there too, with the consent checkbox when
// they can be confirmed. On success the draft is forgotten and the thread opens.
import { DISCUSSION_LIMITS } from '@heritage/shared';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { conflictSummary, staleEditOf, type StaleEdit } from '../../components/edit-conflict';
import { MarkdownEditor, clearDraft } from '../../components/markdown-editor';
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
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { ThreadKind } from '../../gql/graphql';
import { OutcomeFields } from '../evidence/outcome-fields';
import { ProblemBox } from '../../components/problem-box';
import {
  ACTIVITY_CHOICES,
  BENEFIT_CHOICES,
  CASE_STUDY,
  DISCUSSION,
  isActivityType,
  isBenefit,
  isHeritageSetting,
  kindLabel,
  SETTING_CHOICES,
  UPDATE,
} from './discussion-labels';
import { CONFIRM_FIELD, submitProblems } from './personal-data-errors';
import { formErrors, type ThreadFormValues } from './thread-form-values';

/** The id base of the current version's heading (components/edit-conflict.tsx), which the summary links to. */
export const CURRENT_VERSION_ID = 'current-version';

const KIND_HINTS: Record<ThreadKind, string> = {
  DISCUSSION: 'A question, an idea or a topic to talk over with other members.',
  CASE_STUDY: 'A project you ran or referred people to: the setting, who took part and what happened.',
  UPDATE: 'News from the advisory group. Its summary is shown on the home page.',
};

function bodyHint(kind: ThreadKind | null): string {
  const privacy = 'Do not include anything that could identify a participant or patient.';
  if (kind === CASE_STUDY) return `Tell the story: what you did, what participants said and what happened. ${privacy}`;
  if (kind === UPDATE) return `The full update. ${privacy}`;
  return `What you would like to say or ask. ${privacy}`;
}

export interface ThreadFormProps {
  /** Page heading and tab title. */
  title: string;
  initialValues: ThreadFormValues;
  /** The kinds offered; editing passes none (a thread's kind does not change). */
  kinds: ThreadKind[];
  draftKey: string;
  submitLabel: string;
  cancelHref: string;
  /** Sends the values; resolves to the thread's id, or throws the API's error. */
  save: (values: ThreadFormValues) => Promise<string>;
  /**
   * Editing: the current version after a save was refused because someone else changed the thread (the page
   * renders it; see components/edit-conflict.tsx). The form then holds "Your version".
   */
  conflict?: { stale: StaleEdit; panel: ReactNode } | null;
}

export function ThreadForm({
  title,
  initialValues,
  kinds,
  draftKey,
  submitLabel,
  cancelHref,
  save,
  conflict,
}: ThreadFormProps) {
  const navigate = useNavigate();
  const [confirmable, setConfirmable] = useState(false);
  const form = useForm({
    initial: initialValues,
    validate: formErrors,
    submit: async (values) => {
      const id = await save(values);
      clearDraft(draftKey);
      // Still saving (the button stays disabled) until the thread has opened.
      await navigate(`/threads/${id}`);
    },
    // The API's field names mapped to the form's, and the personal-data guard's findings in the summary.
    readErrors: (error) => {
      if (staleEditOf(error)) return null;
      const problems = submitProblems(error);
      if (!problems) return null;
      setConfirmable(problems.confirmable);
      if (!problems.confirmable) form.set('confirmPersonalData', false);
      return { fields: problems.fields, summary: problems.summary };
    },
    onError: (error) => {
      const stale = staleEditOf(error);
      if (stale) return conflictSummary(stale, CURRENT_VERSION_ID);
      return problemMessage(error);
    },
  });
  const { values, errorFor } = form;
  usePageTitle(title, form.summary.length > 0 || form.problem !== null);

  const set =
    <K extends keyof ThreadFormValues>(key: K) =>
    (value: ThreadFormValues[K]) =>
      form.set(key, value);

  const kind = values.kind;
  const kindOptions = kinds.map((k) => ({ value: k, label: kindLabel(k), hint: KIND_HINTS[k] }));

  return (
    <>
      <ErrorSummary errors={form.summary} />
      {form.problem ? <ProblemBox message={form.problem} /> : null}
      {conflict ? (
        <>
          {conflict.panel}
          <h2 className="edit-conflict__yours">Your version</h2>
        </>
      ) : null}
      <form noValidate onSubmit={form.handleSubmit} className="thread-form">
        {kinds.length > 1 ? (
          <Radios
            id="kind"
            legend="What are you starting?"
            options={kindOptions}
            value={kind}
            onChange={(value) => set('kind')(kinds.find((k) => k === value) ?? null)}
            error={errorFor('kind')}
          />
        ) : null}
        {kinds.length === 0 && kind && kind !== DISCUSSION ? (
          <p>
            <strong className="tag tag--grey">{kindLabel(kind)}</strong>
          </p>
        ) : null}
        <TextInput
          id="title"
          label="Title"
          hint={`Say what it is about in ${DISCUSSION_LIMITS.titleMax} characters or fewer, for example “Memory café at the county archive”.`}
          value={values.title}
          onChange={set('title')}
          error={errorFor('title')}
        />
        {kind === UPDATE ? (
          <TextArea
            id="summary"
            label="Summary"
            hint="One or two sentences in plain English. It is shown in lists and on the home page."
            rows={3}
            maxLength={DISCUSSION_LIMITS.summaryMax}
            value={values.summary}
            onChange={set('summary')}
            error={errorFor('summary')}
          />
        ) : null}
        {kind === CASE_STUDY ? <CaseStudyFields values={values} set={set} errorFor={errorFor} /> : null}
        {kind === CASE_STUDY ? (
          <OutcomeFields
            values={values}
            onChange={(next) => form.setValues((current) => ({ ...current, ...next }))}
            errorFor={errorFor}
          />
        ) : null}
        <MarkdownEditor
          id="body"
          name="body"
          label="Body"
          hint={bodyHint(kind)}
          value={values.body}
          onChange={set('body')}
          error={errorFor('body')}
          draftKey={draftKey}
        />
        <TextInput
          id="tags"
          label="Tags (optional)"
          hint={`Up to ${DISCUSSION_LIMITS.tagsMax} short words or phrases that help people find this, separated by commas, for example: memory cafe, archives`}
          value={values.tags}
          onChange={set('tags')}
          error={errorFor('tags')}
        />
        {confirmable ? (
          <Checkbox
            id={CONFIRM_FIELD}
            label="I have consent, or this is not about a patient"
            hint="Tick this only if the people these details are about agreed to you sharing them here, or the details are not about a participant or patient. Otherwise, edit the text."
            checked={values.confirmPersonalData}
            onChange={set('confirmPersonalData')}
            error={errorFor(CONFIRM_FIELD)}
          />
        ) : null}
        <div className="button-group">
          <Button disabled={form.submitting}>{submitLabel}</Button>
          <Link to={cancelHref}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

function CaseStudyFields({
  values,
  set,
  errorFor,
}: {
  values: ThreadFormValues;
  set: <K extends keyof ThreadFormValues>(key: K) => (value: ThreadFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const long = DISCUSSION_LIMITS.caseStudyTextMax;
  return (
    <>
      <fieldset className="fieldset thread-form__group" aria-describedby="case-study-activity-hint">
        <legend className="fieldset__legend fieldset__legend--m">About the activity</legend>
        <div id="case-study-activity-hint" className="hint">
          These answers let other members find case studies like theirs. Do not name participants.
        </div>
        <Select
          id="setting"
          label="Setting"
          hint="The kind of heritage site or collection where it took place"
          placeholder="Choose a setting"
          options={SETTING_CHOICES}
          value={values.setting}
          onChange={(value) => set('setting')(isHeritageSetting(value) ? value : '')}
          error={errorFor('setting')}
        />
        <Checkboxes
          id="activityTypes"
          legend="Activity types"
          hint="Select all that apply."
          options={ACTIVITY_CHOICES}
          values={values.activityTypes}
          onChange={(next) => set('activityTypes')(next.filter(isActivityType))}
          error={errorFor('activityTypes')}
        />
        <TextInput
          id="duration"
          label="How long did it run? (optional)"
          hint="For example, 8 weekly sessions of 2 hours"
          value={values.duration}
          onChange={set('duration')}
          error={errorFor('duration')}
        />
      </fieldset>
      <fieldset className="fieldset thread-form__group" aria-describedby="case-study-participants-hint">
        <legend className="fieldset__legend fieldset__legend--m">Participants</legend>
        <div id="case-study-participants-hint" className="hint">
          Describe the group, not the people in it.
        </div>
        <TextArea
          id="referralRoute"
          label="How were participants referred?"
          hint="For example, by social prescribing link workers at two GP practices, or they referred themselves"
          rows={3}
          maxLength={DISCUSSION_LIMITS.caseStudyShortMax}
          value={values.referralRoute}
          onChange={set('referralRoute')}
          error={errorFor('referralRoute')}
        />
        <TextInput
          id="groupSize"
          label="Group size (optional)"
          hint="How many people took part, as a number"
          width="third"
          value={values.groupSize}
          onChange={set('groupSize')}
          error={errorFor('groupSize')}
        />
      </fieldset>
      <fieldset className="fieldset thread-form__group" aria-describedby="case-study-outcomes-hint">
        <legend className="fieldset__legend fieldset__legend--m">Outcomes</legend>
        <div id="case-study-outcomes-hint" className="hint">
          What changed for participants, and how you know.
        </div>
        <Checkboxes
          id="benefits"
          legend="Wellbeing benefits"
          hint="Which benefits did participants report? Select all that apply."
          options={BENEFIT_CHOICES}
          values={values.benefits}
          onChange={(next) => set('benefits')(next.filter(isBenefit))}
          error={errorFor('benefits')}
        />
        <TextArea
          id="measurement"
          label="How were outcomes measured? (optional)"
          hint="For example, WEMWBS questionnaires before and after, or feedback in the last session"
          rows={3}
          maxLength={long}
          value={values.measurement}
          onChange={set('measurement')}
          error={errorFor('measurement')}
        />
      </fieldset>
      <fieldset className="fieldset thread-form__group" aria-describedby="case-study-reflections-hint">
        <legend className="fieldset__legend fieldset__legend--m">Looking back</legend>
        <div id="case-study-reflections-hint" className="hint">
          What others could learn from your experience.
        </div>
        <TextArea
          id="whatWorked"
          label="What worked well? (optional)"
          rows={4}
          maxLength={long}
          value={values.whatWorked}
          onChange={set('whatWorked')}
          error={errorFor('whatWorked')}
        />
        <TextArea
          id="wouldChange"
          label="What would you change? (optional)"
          rows={4}
          maxLength={long}
          value={values.wouldChange}
          onChange={set('wouldChange')}
          error={errorFor('wouldChange')}
        />
      </fieldset>
    </>
  );
}
