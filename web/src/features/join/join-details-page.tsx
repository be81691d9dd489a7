// Question page: who the applicant is and where they work.
import { TextInput, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { detailsErrors } from './join-validation';

export function JoinDetailsPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('details');
  const { fullName, email, organisation, jobTitle } = answers;
  // The email address is checked and kept without the spaces around it.
  const trimmed = <V extends { email: string }>(values: V): V => ({ ...values, email: values.email.trim() });
  const form = useForm({
    initial: { fullName, email, organisation, jobTitle },
    validate: (values) => detailsErrors(trimmed(values)),
    submit: (values) => {
      save(trimmed(values));
      next();
    },
  });
  usePageTitle('Your details', form.errors.length > 0);

  return (
    <JoinStepPage back={back} form={form}>
      <h1 tabIndex={-1}>Your details</h1>
      <TextInput label="Full name" autoComplete="name" {...form.field('fullName')} />
      <TextInput
        label="Email address"
        hint="We will only use this to contact you about your application and, if you join, your membership."
        type="email"
        autoComplete="email"
        {...form.field('email')}
      />
      <TextInput
        label="Organisation"
        hint="The organisation you work or volunteer for. If you are self-employed, say so."
        autoComplete="organization"
        {...form.field('organisation')}
      />
      <TextInput label="Job title" autoComplete="organization-title" {...form.field('jobTitle')} />
    </JoinStepPage>
  );
}
