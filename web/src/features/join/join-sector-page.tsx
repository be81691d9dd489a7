// Question page: the applicant's sector; "Other" reveals a box to say which.
import { LIMITS, Sector, SECTOR_LABELS } from '@heritage/shared';
import { Radios, TextInput, useForm } from '../../components/forms';
import { usePageTitle } from '../../components/use-page-title';
import { useJoinAnswers } from './join-answers';
import { JoinStepPage, useJoinNavigation } from './join-step-page';
import { sectorErrors } from './join-validation';

const QUESTION = 'Which sector do you work in?';

export function JoinSectorPage() {
  const [answers, save] = useJoinAnswers();
  const { back, next } = useJoinNavigation('sector');
  // "Other"'s answer counts only while "Other" is chosen.
  const answered = <V extends { sector: unknown; sectorOther: string }>(values: V): V => ({
    ...values,
    sectorOther: values.sector === Sector.Other ? values.sectorOther : '',
  });
  const form = useForm({
    initial: { sector: answers.sector, sectorOther: answers.sectorOther },
    validate: (values) => sectorErrors(answered(values)),
    submit: (values) => {
      save(answered(values));
      next();
    },
  });
  usePageTitle(QUESTION, form.errors.length > 0);

  const options = Object.values(Sector).map((value) => ({
    value,
    label: SECTOR_LABELS[value],
    conditional:
      value === Sector.Other ? (
        <TextInput
          label="Your sector"
          hint={`Up to ${LIMITS.sectorOtherMax} characters`}
          {...form.field('sectorOther')}
        />
      ) : undefined,
  }));

  return (
    <JoinStepPage back={back} form={form}>
      <Radios
        id="sector"
        legend={QUESTION}
        legendAsHeading
        hint="Choose the one that best describes your main role."
        options={options}
        value={form.values.sector}
        onChange={(sector) => form.set('sector', sector)}
        error={form.errorFor('sector')}
      />
    </JoinStepPage>
  );
}
