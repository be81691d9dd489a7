// /admin/measures — the outcome measures case studies choose from: the standard ones, and "other" measures
// an admin adds here with a name and a scale (its lowest and highest score, and whether higher is better).
// Every addition is recorded in the audit log by the API.
import { useMutation, useQuery } from '@apollo/client/react';
import { EVIDENCE_LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Button, ErrorSummary, Radios, TextInput, useForm, type FieldErrorItem } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import { useAccessProblemFrom, useReportAccessProblem } from '../../session/require-permission';
import { ScrollableTable } from '../../components/scrollable-table';
import { SuccessBanner } from '../../components/success-banner';
import { formatNumber } from './evidence-labels';
import { CreateOutcomeMeasureMutation, OutcomeMeasuresQuery } from './evidence.queries';
import './evidence.css';

const TITLE = 'Outcome measures';
const NUMBER = /^-?\d+(\.\d+)?$/;

interface Values {
  name: string;
  description: string;
  scaleMin: string;
  scaleMax: string;
  higherIsBetter: string;
}
const EMPTY: Values = { name: '', description: '', scaleMin: '', scaleMax: '', higherIsBetter: '' };

function ownErrors(v: Values): FieldErrorItem[] {
  const errors: FieldErrorItem[] = [];
  if (!v.name.trim()) errors.push({ field: 'name', message: 'Enter the name of the measure' });
  if (!NUMBER.test(v.scaleMin.trim()))
    errors.push({ field: 'scaleMin', message: 'Enter the lowest score as a number' });
  if (!NUMBER.test(v.scaleMax.trim()))
    errors.push({ field: 'scaleMax', message: 'Enter the highest score as a number' });
  if (!v.higherIsBetter) errors.push({ field: 'higherIsBetter', message: 'Say whether a higher score is better' });
  return errors;
}

export function MeasuresPage() {
  const { data, error } = useQuery(OutcomeMeasuresQuery);
  const [create] = useMutation(CreateOutcomeMeasureMutation, { refetchQueries: [OutcomeMeasuresQuery] });
  const refused = useAccessProblemFrom(error);
  const report = useReportAccessProblem();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm({
    initial: EMPTY,
    validate: ownErrors,
    submit: async (values) => {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            description: values.description.trim() || null,
            scaleMin: Number(values.scaleMin),
            scaleMax: Number(values.scaleMax),
            higherIsBetter: values.higherIsBetter === 'yes',
          },
        },
      });
      setAdded(result.data?.createOutcomeMeasure.measure.name ?? values.name.trim());
      form.reset();
    },
    onError: (caught) => {
      if (!report(caught)) return problemMessage(caught);
    },
  });
  usePageTitle(TITLE, form.errors.length > 0);
  if (refused) return null;

  function submit(event: FormEvent<HTMLFormElement>) {
    setAdded(null);
    form.handleSubmit(event);
  }

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      {added ? <SuccessBanner key={added} heading={`${added} was added. Case studies can now report it.`} /> : null}
      <ErrorSummary errors={form.errors} problem={form.problem} />
      <p>
        Case studies report group figures on these measures. The standard ones cannot be changed; add another measure
        when members use a scale that is not listed.
      </p>
      {error ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!data && !error ? <LoadingMessage>Loading the measures…</LoadingMessage> : null}
      {data ? (
        <ScrollableTable id="measures" caption="Measures case studies can report">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scale</th>
              <th scope="col">Better is</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {data.outcomeMeasures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>
                  {formatNumber(m.scaleMin)} to {formatNumber(m.scaleMax)}
                </td>
                <td>{m.higherIsBetter ? 'Higher' : 'Lower'}</td>
                <td>{m.standard ? 'Standard' : 'Added by an administrator'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      ) : null}
      <h2>Add a measure</h2>
      <form noValidate onSubmit={submit}>
        <TextInput
          label="Name"
          hint={`For example, “Heritage belonging scale”. ${EVIDENCE_LIMITS.measureNameMax} characters or fewer.`}
          {...form.field('name')}
        />
        <TextInput label="What it asks and how it is scored (optional)" {...form.field('description')} />
        <TextInput label="Lowest possible score" width="third" {...form.field('scaleMin')} />
        <TextInput label="Highest possible score" width="third" {...form.field('scaleMax')} />
        <Radios
          id="higherIsBetter"
          legend="Is a higher score better?"
          hint="For example, a higher wellbeing score is better, but a higher loneliness score is worse."
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No, lower is better' },
          ]}
          value={form.values.higherIsBetter || null}
          onChange={(value) => form.set('higherIsBetter', value)}
          error={form.errorFor('higherIsBetter')}
        />
        <Button disabled={form.submitting}>Add measure</Button>
      </form>
    </>
  );
}
