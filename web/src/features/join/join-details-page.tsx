// Question page: who the applicant is and where they work.
import { useState } from 'react';
import { TextInput, useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { detailsErrors } from './join-validation';

export function JoinDetailsPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('details');
  const [fullName, setFullName] = useState(answers.fullName);
  const [email, setEmail] = useState(answers.email);
  const [organisation, setOrganisation] = useState(answers.organisation);
  const [jobTitle, setJobTitle] = useState(answers.jobTitle);
  const { errors, errorFor, setErrors } = useFieldErrors();
  usePageTitle('Your details', errors.length > 0);

  function submit() {
    const values = { fullName, email: email.trim(), organisation, jobTitle };
    const problems = detailsErrors(values);
    setErrors(problems);
    if (problems.length) return;
    save(values);
    next();
  }

  return (
    <JoinStepPage back={back} errors={errors} onSubmit={submit}>
      <h1 tabIndex={-1}>Your details</h1>
      <TextInput
        id="fullName"
        label="Full name"
        autoComplete="name"
        value={fullName}
        onChange={setFullName}
        error={errorFor('fullName')}
      />
      <TextInput
        id="email"
        label="Email address"
        hint="We will only use this to contact you about your application and, if you join, your membership."
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={errorFor('email')}
      />
      <TextInput
        id="organisation"
        label="Organisation"
        hint="The organisation you work or volunteer for. If you are self-employed, say so."
        autoComplete="organization"
        value={organisation}
        onChange={setOrganisation}
        error={errorFor('organisation')}
      />
      <TextInput
        id="jobTitle"
        label="Job title"
        autoComplete="organization-title"
        value={jobTitle}
        onChange={setJobTitle}
        error={errorFor('jobTitle')}
      />
    </JoinStepPage>
  );
}
