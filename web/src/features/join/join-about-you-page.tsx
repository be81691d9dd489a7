// Question page: what the applicant hopes to get from the community and how they heard about it.
import { LIMITS } from '@heritage/shared';
import { TextArea, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { aboutYouErrors } from './join-validation';

const TITLE = 'Your interest in the community';

export function JoinAboutYouPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('aboutYou');
  const form = useForm({
    initial: { hopes: answers.hopes, heardAbout: answers.heardAbout },
    validate: aboutYouErrors,
    submit: (values) => {
      save(values);
      next();
    },
  });
  usePageTitle(TITLE, form.errors.length > 0);

  return (
    <JoinStepPage back={back} form={form}>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <TextArea
        label="What do you hope to get from the community?"
        hint="For example, ideas for activities, contacts in health or heritage, evidence, or support with a project."
        maxLength={LIMITS.hopesMax}
        rows={6}
        {...form.field('hopes')}
      />
      <TextArea
        label="How did you hear about the community?"
        hint="For example, from a colleague, a newsletter, social media or an event."
        maxLength={LIMITS.heardAboutMax}
        rows={3}
        {...form.field('heardAbout')}
      />
    </JoinStepPage>
  );
}
