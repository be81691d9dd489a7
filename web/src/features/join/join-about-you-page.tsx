// Question page: what the applicant hopes to get from the community and how they heard about it.
import { LIMITS } from '@heritage/shared';
import { useState } from 'react';
import { TextArea, useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { aboutYouErrors } from './join-validation';

const TITLE = 'Your interest in the community';

export function JoinAboutYouPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('aboutYou');
  const [hopes, setHopes] = useState(answers.hopes);
  const [heardAbout, setHeardAbout] = useState(answers.heardAbout);
  const { errors, errorFor, setErrors } = useFieldErrors();
  usePageTitle(TITLE, errors.length > 0);

  function submit() {
    const values = { hopes, heardAbout };
    const problems = aboutYouErrors(values);
    setErrors(problems);
    if (problems.length) return;
    save(values);
    next();
  }

  return (
    <JoinStepPage back={back} errors={errors} onSubmit={submit}>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <TextArea
        id="hopes"
        label="What do you hope to get from the community?"
        hint="For example, ideas for activities, contacts in health or heritage, evidence, or support with a project."
        maxLength={LIMITS.hopesMax}
        rows={6}
        value={hopes}
        onChange={setHopes}
        error={errorFor('hopes')}
      />
      <TextArea
        id="heardAbout"
        label="How did you hear about the community?"
        hint="For example, from a colleague, a newsletter, social media or an event."
        maxLength={LIMITS.heardAboutMax}
        rows={3}
        value={heardAbout}
        onChange={setHeardAbout}
        error={errorFor('heardAbout')}
      />
    </JoinStepPage>
  );
}
