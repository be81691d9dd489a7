// Question page: the applicant's sector; "Other" reveals a box to say which.
import { LIMITS, Sector, SECTOR_LABELS } from '@heritage/shared';
import { useState } from 'react';
import { Radios, TextInput, useFieldErrors } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { sectorErrors } from './join-validation';

const QUESTION = 'Which sector do you work in?';

export function JoinSectorPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('sector');
  const [sector, setSector] = useState(answers.sector);
  const [sectorOther, setSectorOther] = useState(answers.sectorOther);
  const { errors, errorFor, setErrors } = useFieldErrors();
  usePageTitle(QUESTION, errors.length > 0);

  function submit() {
    const values = { sector, sectorOther: sector === Sector.Other ? sectorOther : '' };
    const problems = sectorErrors(values);
    setErrors(problems);
    if (problems.length) return;
    save(values);
    next();
  }

  const options = Object.values(Sector).map((value) => ({
    value,
    label: SECTOR_LABELS[value],
    conditional:
      value === Sector.Other ? (
        <TextInput
          id="sectorOther"
          label="Your sector"
          hint={`Up to ${LIMITS.sectorOtherMax} characters`}
          value={sectorOther}
          onChange={setSectorOther}
          error={errorFor('sectorOther')}
        />
      ) : undefined,
  }));

  return (
    <JoinStepPage back={back} errors={errors} onSubmit={submit}>
      <Radios
        id="sector"
        legend={QUESTION}
        legendAsHeading
        hint="Choose the one that best describes your main role."
        options={options}
        value={sector}
        onChange={setSector}
        error={errorFor('sector')}
      />
    </JoinStepPage>
  );
}
