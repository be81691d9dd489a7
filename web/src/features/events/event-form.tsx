// The form for creating or editing an event (GOV.UK style): title, description, start and end as date inputs
// with a time, the time zone, the format with its venue and join link revealed beneath it, capacity, tags,
// region, access information, who can see it and who organises it. Problems from the form's own checks or the
// API's BAD_USER_INPUT go in the error summary and beside each field; on success the event page opens.
import { EVENT_LIMITS, Permission } from '@heritage/shared';
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../session/viewer';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Radios,
  Select,
  TextArea,
  TextInput,
  useForm,
  WarningText,
} from '../../components/forms';
import { conflictSummary, staleEditOf } from '../../components/edit-conflict';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { ProblemBox } from '../../components/problem-box';
import { isRegion, REGION_CHOICES } from '../../components/member-labels';
import {
  ACCESS_CHOICES,
  FORMAT_CHOICES,
  isAccessibilityFeature,
  isEventFormat,
  isEventTag,
  isEventVisibility,
  TAG_CHOICES,
  VISIBILITY_CHOICES,
} from './event-labels';
import { eventFormErrors, type EventFormValues } from './event-form-values';
import { noticeState, type EventNotice } from './event-notice';
import { timeZoneChoices } from './event-time';
import { OrganiserPicker } from './organiser-picker';
import { DateTimeFields } from './event-date-time-fields';
import { PlaceFields, type Setter } from './event-place-fields';

export interface EventFormProps {
  /** Page heading and tab title. */
  title: string;
  initialValues: EventFormValues;
  submitLabel: string;
  cancelHref: string;
  /** What the event page says afterwards. */
  notice: EventNotice;
  /** Sends the values; resolves to the event's id, or throws the API's error. */
  save: (values: EventFormValues) => Promise<string>;
  /**
   * Editing: the current version after a save was refused because someone else changed the event (the page
   * renders it; see components/edit-conflict.tsx). The form then holds "Your version".
   */
  conflict?: ReactNode;
}

/** The id base of the current version's heading (components/edit-conflict.tsx), which the summary links to. */
export const CURRENT_EVENT_ID = 'current-version';

export function EventForm({ title, initialValues, submitLabel, cancelHref, notice, save, conflict }: EventFormProps) {
  const navigate = useNavigate();
  const { viewer, can } = useViewer();
  const zones = useMemo(() => timeZoneChoices(), []);
  const form = useForm({
    initial: initialValues,
    validate: eventFormErrors,
    submit: async (values) => {
      const id = await save(values);
      // Still saving (the button stays disabled) until the event page has opened.
      await navigate(`/events/${id}`, { state: noticeState(notice) });
    },
    onError: (error) => {
      const stale = staleEditOf(error);
      if (stale) return conflictSummary(stale, CURRENT_EVENT_ID);
      return problemMessage(error);
    },
  });
  const { values, errors, errorFor } = form;
  usePageTitle(title, errors.length > 0 || form.problem !== null);
  const set: Setter = (key) => (value) => form.set(key, value);

  const places = <PlaceFields values={values} set={set} errorFor={errorFor} />;
  // Only organisers (and admins) manage an event: someone leaving themselves out is told before they save.
  const leavingOut =
    viewer !== null && !can(Permission.ManageAllEvents) && !values.organisers.some((o) => o.id === viewer.id);
  return (
    <>
      <ErrorSummary errors={errors} />
      {form.problem ? <ProblemBox message={form.problem} /> : null}
      {conflict ? (
        <>
          {conflict}
          <h2 className="edit-conflict__yours">Your version</h2>
        </>
      ) : null}
      <form noValidate onSubmit={form.handleSubmit} className="event-form">
        <TextInput
          id="title"
          label="Title"
          hint="Say what it is, for example “Webinar: memory cafés in museums”"
          value={values.title}
          onChange={set('title')}
          error={errorFor('title')}
        />
        <TextArea
          id="description"
          label="Description"
          hint="What happens, who it is for and anything to bring. You can use Markdown, such as **bold**, lists and links."
          rows={8}
          maxLength={EVENT_LIMITS.descriptionMax}
          value={values.description}
          onChange={set('description')}
          error={errorFor('description')}
        />
        <DateTimeFields
          id="startsAt"
          legend="Start"
          hint="For example, 27 3 2026 and 14:00"
          error={errorFor('startsAt')}
          day={values.startDay}
          month={values.startMonth}
          year={values.startYear}
          time={values.startTime}
          onDay={set('startDay')}
          onMonth={set('startMonth')}
          onYear={set('startYear')}
          onTime={set('startTime')}
        />
        <DateTimeFields
          id="endsAt"
          legend="End"
          hint={`Leave the date empty if it ends on the day it starts. An event can last up to ${EVENT_LIMITS.durationMaxDays} days.`}
          error={errorFor('endsAt')}
          day={values.endDay}
          month={values.endMonth}
          year={values.endYear}
          time={values.endTime}
          onDay={set('endDay')}
          onMonth={set('endMonth')}
          onYear={set('endYear')}
          onTime={set('endTime')}
        />
        <Select
          id="timeZone"
          label="Time zone"
          hint="The zone the start and end times are in. Members see times in their own time zone, with the zone named."
          options={zones}
          value={values.timeZone}
          onChange={set('timeZone')}
          error={errorFor('timeZone')}
        />
        <Radios
          id="format"
          legend="Where does it happen?"
          options={FORMAT_CHOICES.map((choice) => ({
            ...choice,
            // Only the chosen format reveals its questions, so each field (and its id) is on the page once.
            conditional: values.format === choice.value ? places : undefined,
          }))}
          value={values.format || null}
          onChange={(value) => set('format')(isEventFormat(value) ? value : '')}
          error={errorFor('format')}
        />
        <TextInput
          id="capacity"
          label="Capacity (optional)"
          hint="The most members who can go. Leave it empty for no limit. When it is full, members join a waiting list."
          width="third"
          value={values.capacity}
          onChange={set('capacity')}
          error={errorFor('capacity')}
        />
        <Checkboxes
          id="tags"
          legend="Tags (optional)"
          hint={`Choose up to ${EVENT_LIMITS.tagsMax}, so members can find it.`}
          options={TAG_CHOICES}
          values={values.tags}
          onChange={(next) => set('tags')(next.filter(isEventTag))}
          error={errorFor('tags')}
        />
        <Select
          id="region"
          label="Region (optional)"
          placeholder="No particular region"
          options={REGION_CHOICES}
          value={values.region}
          onChange={(value) => set('region')(isRegion(value) ? value : '')}
          error={errorFor('region')}
        />
        <Checkboxes
          id="accessibilityFeatures"
          legend="Access (optional)"
          hint="What the venue or the online session offers. Select all that apply."
          options={ACCESS_CHOICES}
          values={values.accessibilityFeatures}
          onChange={(next) => set('accessibilityFeatures')(next.filter(isAccessibilityFeature))}
          error={errorFor('accessibilityFeatures')}
        />
        <TextArea
          id="accessibilityNotes"
          label="Other access information (optional)"
          hint="For example, the nearest accessible parking, or that the room is up one flight of stairs"
          rows={3}
          maxLength={EVENT_LIMITS.accessibilityNotesMax}
          value={values.accessibilityNotes}
          onChange={set('accessibilityNotes')}
          error={errorFor('accessibilityNotes')}
        />
        <Radios
          id="visibility"
          legend="Who can see it?"
          options={VISIBILITY_CHOICES.map((choice) => ({
            ...choice,
            hint:
              choice.value === 'PUBLIC'
                ? 'Visitors see the title, time, place and description as an invitation to join; never the join link or who is going.'
                : 'Only signed-in members.',
          }))}
          value={values.visibility}
          onChange={(value) => {
            if (isEventVisibility(value)) set('visibility')(value);
          }}
          error={errorFor('visibility')}
        />
        <OrganiserPicker
          id="organiserIds"
          organisers={values.organisers}
          onChange={set('organisers')}
          error={errorFor('organiserIds')}
        >
          {leavingOut ? (
            <WarningText>
              You are not one of the organisers, so once you save you will not be able to change the event.
            </WarningText>
          ) : null}
        </OrganiserPicker>
        <div className="button-group">
          <Button disabled={form.submitting}>{submitLabel}</Button>
          <Link to={cancelHref}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
