// Where an event happens, revealed under the format chosen: the venue's name and address for an event in
// person (or hybrid), the join link for one online.
import { EVENT_LIMITS } from '@heritage/shared';
import { TextArea, TextInput } from '../../components/forms';
import type { EventFormValues } from './event-form-values';
import { atVenue, online } from './event-labels';

/** Sets one value of the event form. */
export type Setter = <K extends keyof EventFormValues>(key: K) => (value: EventFormValues[K]) => void;

export function PlaceFields({
  values,
  set,
  errorFor,
}: {
  values: EventFormValues;
  set: Setter;
  errorFor: (field: string) => string | undefined;
}) {
  return (
    <>
      {atVenue(values.format) ? (
        <>
          <TextInput
            id="venueName"
            label="Venue name"
            value={values.venueName}
            onChange={set('venueName')}
            error={errorFor('venueName')}
          />
          <TextArea
            id="venueAddress"
            label="Address"
            hint="Include the postcode, so people can plan their journey"
            rows={3}
            maxLength={EVENT_LIMITS.venueAddressMax}
            value={values.venueAddress}
            onChange={set('venueAddress')}
            error={errorFor('venueAddress')}
          />
        </>
      ) : null}
      {online(values.format) ? (
        <TextInput
          id="joinUrl"
          label="Join link"
          hint="Starting with https://. Only members who are going (and the organisers) see it; it is in their confirmation email."
          type="url"
          value={values.joinUrl}
          onChange={set('joinUrl')}
          error={errorFor('joinUrl')}
        />
      ) : null}
    </>
  );
}
