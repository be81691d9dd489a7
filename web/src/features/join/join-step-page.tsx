// The frame of every question page: back link, error summary, the form and "Continue". After a "Change"
// link (`?return=check`), Back and Continue both lead to the check page.
import type { FormEvent, ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink, Button, ErrorSummary, type FieldErrorItem } from '../../components/forms';
import { JOIN_STEPS, nextStep, previousStep, type JoinStep } from './join-steps';

export function useJoinNavigation(step: JoinStep) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returning = searchParams.get('return') === 'check';
  return {
    back: returning ? JOIN_STEPS.check : previousStep(step),
    next: () => void navigate(returning ? JOIN_STEPS.check : nextStep(step)),
  };
}

/** The step's useForm: its errors and its submit handler. */
export interface JoinStepForm {
  errors: FieldErrorItem[];
  handleSubmit: (event: FormEvent) => void;
}

export function JoinStepPage(props: { back: string; form: JoinStepForm; children: ReactNode }) {
  return (
    <>
      <BackLink to={props.back} />
      <ErrorSummary errors={props.form.errors} />
      <form noValidate onSubmit={props.form.handleSubmit}>
        {props.children}
        <Button>Continue</Button>
      </form>
    </>
  );
}
