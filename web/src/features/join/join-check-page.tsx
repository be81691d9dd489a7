// "Check your answers" before sending. Problems (from our checks or the API) are listed at the top; each
// links to the "Change" link of its answer, whose id is the field's name.
import { type Region, REGION_LABELS, Sector, SECTOR_LABELS } from '@heritage/shared';
import { useMutation } from '@apollo/client/react';
import { type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { BackLink, Button, ErrorSummary, SummaryList, useForm, type SummaryListRow } from '../../components/forms';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { clearJoinAnswers, useJoinAnswers, type JoinAnswers } from './join-answers';
import { JOIN_STEPS, RETURN_TO_CHECK, type JoinStep } from './join-steps';
import { SubmitApplicationMutation } from './join.mutations';
import { allJoinErrors } from './join-validation';
import type { JoinSentState } from './join-sent-page';

const TITLE = 'Check your answers before sending your application';

interface Question {
  field: keyof JoinAnswers;
  key: string;
  /** Words after "Change", for screen reader users: "Change full name". */
  change: string;
  step: JoinStep;
  show: (a: JoinAnswers) => ReactNode;
}

const text =
  (field: 'fullName' | 'email' | 'organisation' | 'jobTitle' | 'sectorOther' | 'hopes' | 'heardAbout') =>
  (a: JoinAnswers) => <span className="preserve-lines">{a[field]}</span>;
const agreed = (yes: boolean) => (yes ? 'Agreed' : 'Not agreed');

const SECTIONS: { heading: string; questions: Question[] }[] = [
  {
    heading: 'Your details',
    questions: [
      { field: 'fullName', key: 'Full name', change: 'full name', step: 'details', show: text('fullName') },
      { field: 'email', key: 'Email address', change: 'email address', step: 'details', show: text('email') },
      {
        field: 'organisation',
        key: 'Organisation',
        change: 'organisation',
        step: 'details',
        show: text('organisation'),
      },
      { field: 'jobTitle', key: 'Job title', change: 'job title', step: 'details', show: text('jobTitle') },
    ],
  },
  {
    heading: 'Your work',
    questions: [
      {
        field: 'sector',
        key: 'Sector',
        change: 'sector',
        step: 'sector',
        show: (a) => (a.sector ? SECTOR_LABELS[a.sector as Sector] : ''),
      },
      { field: 'sectorOther', key: 'Your sector', change: 'your sector', step: 'sector', show: text('sectorOther') },
      {
        field: 'region',
        key: 'Nation or region',
        change: 'nation or region',
        step: 'region',
        show: (a) => (a.region ? REGION_LABELS[a.region as Region] : ''),
      },
    ],
  },
  {
    heading: 'Your interest in the community',
    questions: [
      {
        field: 'hopes',
        key: 'What you hope to get',
        change: 'what you hope to get',
        step: 'aboutYou',
        show: text('hopes'),
      },
      {
        field: 'heardAbout',
        key: 'How you heard about us',
        change: 'how you heard about us',
        step: 'aboutYou',
        show: text('heardAbout'),
      },
    ],
  },
  {
    heading: 'Agreements',
    questions: [
      {
        field: 'agreeCodeOfConduct',
        key: 'Code of conduct',
        change: 'code of conduct agreement',
        step: 'agreements',
        show: (a) => agreed(a.agreeCodeOfConduct),
      },
      {
        field: 'agreePrivacyNotice',
        key: 'Privacy notice',
        change: 'privacy notice agreement',
        step: 'agreements',
        show: (a) => agreed(a.agreePrivacyNotice),
      },
    ],
  },
];

function toInput(a: JoinAnswers) {
  return {
    fullName: a.fullName.trim(),
    email: a.email.trim(),
    organisation: a.organisation.trim(),
    jobTitle: a.jobTitle.trim(),
    sector: a.sector as Sector,
    sectorOther: a.sector === Sector.Other ? a.sectorOther.trim() : null,
    region: a.region as Region,
    hopes: a.hopes.trim(),
    heardAbout: a.heardAbout.trim(),
    agreeCodeOfConduct: a.agreeCodeOfConduct,
    agreePrivacyNotice: a.agreePrivacyNotice,
  };
}

export function JoinCheckPage() {
  const [answers] = useJoinAnswers();
  const navigate = useNavigate();
  const [submitApplication] = useMutation(SubmitApplicationMutation);
  // The answers are the journey's (kept between its pages); this form only checks and sends them.
  const form = useForm({
    initial: {},
    validate: () => allJoinErrors(answers),
    submit: async () => {
      const { data } = await submitApplication({ variables: { input: toInput(answers) } });
      clearJoinAnswers();
      const state: JoinSentState = { message: data?.submitApplication ?? '' };
      // Still sending (the button stays disabled) until the next page has opened.
      await navigate('/join/sent', { replace: true, state });
    },
    onError: (error) => problemMessage(error),
  });
  const { errors, errorFor } = form;
  usePageTitle(TITLE, errors.length > 0);

  const rowsOf = (questions: Question[]): SummaryListRow[] =>
    questions
      .filter((q) => q.field !== 'sectorOther' || answers.sector === Sector.Other)
      .map((q) => {
        const error = errorFor(q.field);
        return {
          key: q.key,
          value: (
            <>
              {error ? (
                <p className="field-error">
                  <span className="visually-hidden">Error:</span> {error}
                </p>
              ) : null}
              {q.show(answers) || <span className="secondary-text">Not answered</span>}
            </>
          ),
          action: {
            href: `${JOIN_STEPS[q.step]}?${RETURN_TO_CHECK}`,
            label: 'Change',
            visuallyHiddenLabel: q.change,
            id: q.field,
          },
        };
      });

  return (
    <>
      <BackLink to={JOIN_STEPS.agreements} />
      <ErrorSummary errors={errors} />
      {form.problem ? <ErrorMessage>{form.problem}</ErrorMessage> : null}
      <h1 tabIndex={-1}>{TITLE}</h1>
      {SECTIONS.map((section) => (
        <section key={section.heading}>
          <h2 className="summary-heading">{section.heading}</h2>
          <SummaryList rows={rowsOf(section.questions)} />
        </section>
      ))}
      <h2>Now send your application</h2>
      <p>
        By sending this application you confirm that, to the best of your knowledge, the details you are providing are
        correct.
      </p>
      <form noValidate onSubmit={form.handleSubmit}>
        <Button disabled={form.submitting}>Send application</Button>
      </form>
    </>
  );
}
