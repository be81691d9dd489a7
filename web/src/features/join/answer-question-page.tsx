// An applicant answers an administrator's question from the link in their email.
import { LIMITS, TOKEN_LIFETIME_HOURS } from '@heritage/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { Button, ConfirmationPanel, ErrorSummary, fieldErrorsOf, TextArea, useForm } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { useFocusHeadingOnChange } from '../../components/use-focus-heading';
import { usePageTitle } from '../../components/use-page-title';
import { EXPIRED_LINK_TITLE, ExpiredLinkPage } from '../auth/expired-link-page';
import { linkProblemOf } from '../auth/link-problem';
import { AnswerApplicationQuestionMutation, ApplicationQuestionQuery } from './join.mutations';

const TITLE = 'Answer a question about your application';

function LinkExpired() {
  return (
    <ExpiredLinkPage>
      <p>
        A link to answer a question works once, for {TOKEN_LIFETIME_HOURS.applicationAnswer / 24} days. Only the link in
        the latest question we sent you works.
      </p>
      <p>
        If you have already answered, there is nothing more to do: an administrator will continue reviewing your
        application and we will email you with the outcome.
      </p>
    </ExpiredLinkPage>
  );
}

export function AnswerQuestionPage() {
  const { token = '' } = useParams();
  const [sent, setSent] = useState(false);
  const [expired, setExpired] = useState(false);
  // Once answered the link no longer resolves, so the question is not fetched again.
  const { data, error } = useQuery(ApplicationQuestionQuery, { variables: { token }, skip: sent || expired });
  const [answerQuestion] = useMutation(AnswerApplicationQuestionMutation);
  const form = useForm({
    initial: { answer: '' },
    validate: ({ answer }) => ({ answer: answer.trim() ? undefined : 'Enter your answer' }),
    submit: async ({ answer }) => {
      await answerQuestion({ variables: { input: { token, answer: answer.trim() } } });
      setSent(true);
    },
    // An expired link is told apart before any field errors, as the page says so in place of the form.
    readErrors: (caught) => {
      const fields = linkProblemOf(caught) ? null : fieldErrorsOf(caught);
      return fields ? { fields } : null;
    },
    onError: (caught) => {
      if (linkProblemOf(caught)) setExpired(true);
      else return problemMessage(caught);
    },
  });
  const { errors } = form;
  const linkExpired = expired || Boolean(error && linkProblemOf(error));
  usePageTitle(sent ? 'Answer sent' : linkExpired ? EXPIRED_LINK_TITLE : TITLE, errors.length > 0);
  useFocusHeadingOnChange(expired);

  if (sent) {
    return (
      <ConfirmationPanel title="Answer sent">
        <p>Thank you. An administrator will continue reviewing your application and email you with the outcome.</p>
      </ConfirmationPanel>
    );
  }
  if (linkExpired) return <LinkExpired />;
  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>{TITLE}</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  if (!data) return <LoadingMessage>Loading the question…</LoadingMessage>;

  const { fullName, question } = data.applicationQuestion;
  return (
    <>
      <ErrorSummary errors={errors} />
      {form.problem ? <ErrorMessage>{form.problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>Dear {fullName}, an administrator asked:</p>
      <blockquote className="quote preserve-lines">{question}</blockquote>
      <form noValidate onSubmit={form.handleSubmit}>
        <TextArea label="Your answer" maxLength={LIMITS.hopesMax} rows={6} {...form.field('answer')} />
        <Button disabled={form.submitting}>Send answer</Button>
      </form>
    </>
  );
}
