// A message of a referral enquiry: the first question from a link worker (on the offer's page), or a reply in
// the thread (either side, or the organisation from the emailed link). No details of the person referred: the
// API's personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts;
// a warning is shown beside the message with a box to confirm it is not about the person.
import { useMutation } from '@apollo/client/react';
import { OFFER_LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, ErrorSummary, TextArea, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { SendOfferEnquiryMutation } from './offers.queries';

export function MessageForm({
  id,
  heading,
  label,
  hint,
  submitLabel,
  send,
}: {
  id: string;
  heading: string;
  label: string;
  hint: string;
  submitLabel: string;
  send: (body: string, confirmPersonalData: boolean) => Promise<void>;
}) {
  const [status, setStatus] = useState('');
  const form = useForm({
    initial: { body: '', confirm: false },
    validate: ({ body }) => ({ body: body.trim() ? undefined : 'Enter your message' }),
    submit: async ({ body, confirm }) => {
      await send(body, confirm);
      form.reset();
      setStatus('Your message has been sent.');
    },
    onError: (error) => problemMessage(error),
  });
  // The API's personal-data guard asks for the box (a `confirmPersonalData` field error); it stays while ticked.
  const needsConfirm = form.errors.some((e) => e.field === 'confirmPersonalData') || form.values.confirm;

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    form.handleSubmit(event);
  }

  return (
    <section className="offer-no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} problem={form.problem} />
        <TextArea label={label} hint={hint} {...form.field('body')} maxLength={OFFER_LIMITS.enquiryMax} rows={5} />
        {needsConfirm ? (
          <Checkbox
            id="confirmPersonalData"
            label="This is not about the person I want to refer (or I have their consent to share it)"
            checked={form.values.confirm}
            onChange={(checked) => form.set('confirm', checked)}
            error={form.errorFor('confirmPersonalData')}
          />
        ) : null}
        <Button>{form.submitting ? 'Sending…' : submitLabel}</Button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}

export function EnquiryForm({ offerId, organisation }: { offerId: string; organisation: string }) {
  const [sendEnquiry] = useMutation(SendOfferEnquiryMutation);
  const navigate = useNavigate();
  return (
    <MessageForm
      id="enquiry"
      heading="Ask about space"
      label={`Your question for ${organisation}`}
      hint="For example: do you have space for someone who would benefit from a quiet, seated group? Do not include the person’s name, age, date of birth, contact details or NHS number."
      submitLabel="Send enquiry"
      send={async (body, confirmPersonalData) => {
        const result = await sendEnquiry({ variables: { input: { offerId, body, confirmPersonalData } } });
        const id = result.data?.sendOfferEnquiry.enquiry.id;
        if (id) void navigate(`/offers/enquiries/${id}`, { state: { sent: true } });
      }}
    />
  );
}
