// Question page: the UK nation or English region the applicant works in.
import { Region, REGION_LABELS } from '@heritage/shared';
import { useState } from 'react';
import { Radios, useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { regionErrors } from './join-validation';

const QUESTION = 'Where in the UK do you work?';
const OPTIONS = Object.values(Region).map((value) => ({ value, label: REGION_LABELS[value] }));

export function JoinRegionPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('region');
  const [region, setRegion] = useState(answers.region);
  const { errors, errorFor, setErrors } = useFieldErrors();
  usePageTitle(QUESTION, errors.length > 0);

  function submit() {
    const problems = regionErrors({ region });
    setErrors(problems);
    if (problems.length) return;
    save({ region });
    next();
  }

  return (
    <JoinStepPage back={back} errors={errors} onSubmit={submit}>
      <Radios
        id="region"
        legend={QUESTION}
        legendAsHeading
        hint="If your work covers more than one nation or region, choose UK-wide."
        options={OPTIONS}
        value={region}
        onChange={setRegion}
        error={errorFor('region')}
      />
    </JoinStepPage>
  );
}
