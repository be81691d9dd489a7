// Question page: the UK nation or English region the applicant works in.
import { Region, REGION_LABELS } from '@heritage/shared';
import { Radios, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { regionErrors } from './join-validation';

const QUESTION = 'Where in the UK do you work?';
const OPTIONS = Object.values(Region).map((value) => ({ value, label: REGION_LABELS[value] }));

export function JoinRegionPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('region');
  const form = useForm({
    initial: { region: answers.region },
    validate: regionErrors,
    submit: (values) => {
      save(values);
      next();
    },
  });
  usePageTitle(QUESTION, form.errors.length > 0);

  return (
    <JoinStepPage back={back} form={form}>
      <Radios
        id="region"
        legend={QUESTION}
        legendAsHeading
        hint="If your work covers more than one nation or region, choose UK-wide."
        options={OPTIONS}
        value={form.values.region}
        onChange={(region) => form.set('region', region)}
        error={form.errorFor('region')}
      />
    </JoinStepPage>
  );
}
