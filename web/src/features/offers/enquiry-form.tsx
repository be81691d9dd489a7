// A message of a referral enquiry: the first question from a link worker (on the offer's page), or a reply in
// the thread (either side, or the organisation from the emailed link). No details of the person referred: the
// API's personal-data guard refuses NHS numbers and warns of names with ages, dates of birth and contacts;
// a warning is shown beside the message with a box to confirm it is not about the person.
import { useMutation } from '@apollo/client/react';
import { OFFER_LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, ErrorSummary, TextArea, useFieldErrors } from '../../components/forms';
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
  const [body, setBody] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const errors = useFieldErrors();
  const needsConfirm = errors.errors.some((e) => e.field === 'confirmPersonalData') || confirm;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setProblem(null);
    setStatus('');
    if (!body.trim()) {
      errors.setErrors([{ field: 'body', message: 'Enter your message' }]);
      return;
    }
    setSending(true);
    try {
      await send(body, confirm);
      errors.clear();
      setBody('');
      setConfirm(false);
      setStatus('Your message has been sent.');
    } catch (error) {
      if (!errors.fromError(error)) {
        errors.clear();
        setProblem(problemMessage(error));
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="offer-no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors.errors} problem={problem} />
        <TextArea
          id="body"
          label={label}
          hint={hint}
          value={body}
          onChange={setBody}
          error={errors.errorFor('body')}
          maxLength={OFFER_LIMITS.enquiryMax}
          rows={5}
        />
        {needsConfirm ? (
          <Checkbox
            id="confirmPersonalData"
            label="This is not about the person I want to refer (or I have their consent to share it)"
            checked={confirm}
            onChange={setConfirm}
            error={errors.errorFor('confirmPersonalData')}
          />
        ) : null}
        <Button>{sending ? 'Sending…' : submitLabel}</Button>
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
