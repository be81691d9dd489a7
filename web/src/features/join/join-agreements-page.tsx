// Question page: agreeing to the code of conduct and the privacy notice. Ticks are saved as they change, so
// reading either document (same tab) and coming back keeps them.
import { Link } from 'react-router';
import { Checkbox, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { agreementErrors } from './join-validation';

const TITLE = 'Code of conduct and privacy';

export function JoinAgreementsPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('agreements');
  // The ticks are the saved answers themselves; the form checks them and moves on.
  const form = useForm({
    initial: {},
    validate: () => agreementErrors(answers),
    submit: () => next(),
  });
  usePageTitle(TITLE, form.errors.length > 0);

  return (
    <JoinStepPage back={back} form={form}>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p>
        Members treat each other with respect, never share information that could identify a patient or participant, and
        do not advertise. Read the <Link to="/code-of-conduct">code of conduct</Link>.
      </p>
      <Checkbox
        id="agreeCodeOfConduct"
        label="I agree to the code of conduct"
        checked={answers.agreeCodeOfConduct}
        onChange={(agreeCodeOfConduct) => save({ agreeCodeOfConduct })}
        error={form.errorFor('agreeCodeOfConduct')}
      />
      <p>
        The <Link to="/privacy">privacy notice</Link> explains what we do with the information in your application and,
        if you join, your membership, and your rights.
      </p>
      <Checkbox
        id="agreePrivacyNotice"
        label="I agree to the privacy notice"
        checked={answers.agreePrivacyNotice}
        onChange={(agreePrivacyNotice) => save({ agreePrivacyNotice })}
        error={form.errorFor('agreePrivacyNotice')}
      />
    </JoinStepPage>
  );
}
