// Admins: add a space (/admin/spaces/new) or edit one (/admin/spaces/:id). The API checks every answer and
// reports problems per field (ids match its field names), shown in the error summary and beside each field.
// An edit names the revision it started from; if another admin changed the space meanwhile, their version is
// shown above the form ("Your version") and the next save goes against it.
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@heritage/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Checkboxes, ErrorSummary, TextArea, TextInput, useForm } from '../../components/forms';
import {
  CurrentText,
  CurrentVersionPanel,
  conflictSummary,
  staleEditOf,
  type StaleEdit,
} from '../../components/edit-conflict';
import { ErrorMessage } from '../../components/error-message';
import { SummaryList } from '../../components/summary-list';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { AdminSpacesQuery as Result, Role } from '../../gql/graphql';
import { useAccessProblemFrom, useReportAccessProblem } from '../../session/require-permission';
import { SuccessBanner } from '../../components/success-banner';
import { AdminSpacesQuery, CreateSpaceMutation, UpdateSpaceMutation } from './space-admin.queries';
import { isRole, ROLE_CHOICES, rolesInWords } from './space-roles';

type Space = Result['spaces'][number];

interface Values {
  name: string;
  slug: string;
  description: string;
  readRoles: Role[];
  startRoles: Role[];
  replyRoles: Role[];
}

/** The id base of the current version's heading (components/edit-conflict.tsx), which the summary links to. */
const CURRENT_SPACE_ID = 'current-version';

const rolesOf = (value: unknown): Role[] =>
  Array.isArray(value) ? value.filter((v): v is Role => typeof v === 'string' && isRole(v)) : [];

const EMPTY: Values = { name: '', slug: '', description: '', readRoles: [], startRoles: [], replyRoles: [] };

function valuesOf(space: Space): Values {
  return {
    name: space.name,
    slug: space.slug,
    description: space.description,
    readRoles: space.readRoles ?? [],
    startRoles: space.startRoles ?? [],
    replyRoles: space.replyRoles ?? [],
  };
}

function Added({ name }: { name: string }) {
  usePageTitle('Space added');
  return (
    <>
      <SuccessBanner heading={`${name} has been added.`}>
        <p>Members who can read it will see it on the Discussions page.</p>
      </SuccessBanner>
      <h1 tabIndex={-1}>Space added</h1>
      <ul className="list">
        <li>
          <Link to="/admin/spaces">Back to discussion spaces</Link>
        </li>
      </ul>
    </>
  );
}

function SpaceForm({ space, onAdded }: { space: Space | null; onAdded: (name: string) => void }) {
  const title = space ? `Edit ${space.name}` : 'Add a space';
  // Each attempt to save is counted, so each outcome is a new banner or summary (which takes focus).
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  // The revision the next save starts from: the loaded one, the saved one, or the current one after a conflict.
  const [baseRevision, setBaseRevision] = useState(space?.revision ?? 0);
  const [conflict, setConflict] = useState<StaleEdit | null>(null);
  const reportAccessProblem = useReportAccessProblem();
  const options = { refetchQueries: [AdminSpacesQuery] };
  const [create] = useMutation(CreateSpaceMutation, options);
  const [update] = useMutation(UpdateSpaceMutation, options);
  const form = useForm({
    initial: space ? valuesOf(space) : EMPTY,
    submit: async (values) => {
      const input = {
        name: values.name.trim(),
        slug: values.slug.trim() || null,
        description: values.description.trim(),
        readRoles: values.readRoles,
        startRoles: values.startRoles,
        replyRoles: values.replyRoles,
      };
      if (space) {
        const result = await update({ variables: { input: { ...input, id: space.id, baseRevision } } });
        const updated = result.data?.updateSpace.space;
        if (updated) {
          form.setValues((v) => ({ ...v, slug: updated.slug, name: updated.name }));
          setBaseRevision(updated.revision);
        }
        setConflict(null);
        setSaved(true);
      } else {
        const result = await create({ variables: { input } });
        onAdded(result.data?.createSpace.space.name ?? input.name);
      }
    },
    // The API's field errors go beside their fields (ids match its field names); the rest is handled here.
    onError: (error) => {
      const stale = staleEditOf(error);
      if (stale) {
        setConflict(stale);
        setBaseRevision(stale.current.revision);
        return conflictSummary(stale, CURRENT_SPACE_ID);
      }
      if (reportAccessProblem(error)) return;
      return [{ field: 'name', message: problemMessage(error) }];
    },
  });
  const { values, errors, errorFor } = form;
  usePageTitle(title, errors.length > 0);

  const roles = (key: 'readRoles' | 'startRoles' | 'replyRoles') => (next: string[]) =>
    form.set(key, next.filter(isRole));

  function submit(event: FormEvent<HTMLFormElement>) {
    setAttempt((n) => n + 1);
    setSaved(false);
    form.handleSubmit(event);
  }

  return (
    <>
      {saved ? <SuccessBanner key={attempt} heading={`${values.name.trim()} has been saved.`} /> : null}
      <ErrorSummary key={attempt} errors={errors} />
      <h1 tabIndex={-1}>{title}</h1>
      {conflict ? (
        <>
          <CurrentVersionPanel idBase={CURRENT_SPACE_ID} current={conflict.current}>
            <SummaryList
              rows={[
                { key: 'Name', value: <CurrentText text={conflict.current.name} /> },
                { key: 'Web address', value: <CurrentText text={conflict.current.slug} /> },
                { key: 'Description', value: <CurrentText text={conflict.current.description} /> },
                { key: 'Who can read', value: rolesInWords(rolesOf(conflict.current.readRoles)) },
                { key: 'Who can start threads', value: rolesInWords(rolesOf(conflict.current.startRoles)) },
                { key: 'Who can reply', value: rolesInWords(rolesOf(conflict.current.replyRoles)) },
              ]}
            />
          </CurrentVersionPanel>
          <h2 className="edit-conflict__yours">Your version</h2>
        </>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextInput label="Name" autoComplete="off" {...form.field('name')} />
        <TextInput
          label="Web address (optional)"
          hint="Lower-case letters, numbers and hyphens, such as case-studies. Leave blank to make one from the name."
          autoComplete="off"
          {...form.field('slug')}
        />
        <TextArea
          label="Description (optional)"
          hint="One or two sentences on what the space is for. Members see it in the list of spaces."
          rows={3}
          maxLength={LIMITS.categoryDescriptionMax}
          {...form.field('description')}
        />
        <Checkboxes
          id="readRoles"
          legend="Who can read"
          hint="Select all that apply."
          options={ROLE_CHOICES}
          error={errorFor('readRoles')}
          values={values.readRoles}
          onChange={roles('readRoles')}
        />
        <Checkboxes
          id="startRoles"
          legend="Who can start threads"
          hint="Select all that apply. They must also be able to read."
          options={ROLE_CHOICES}
          error={errorFor('startRoles')}
          values={values.startRoles}
          onChange={roles('startRoles')}
        />
        <Checkboxes
          id="replyRoles"
          legend="Who can reply"
          hint="Select all that apply. They must also be able to read."
          options={ROLE_CHOICES}
          error={errorFor('replyRoles')}
          values={values.replyRoles}
          onChange={roles('replyRoles')}
        />
        <div className="button-group">
          <Button disabled={form.submitting}>{space ? 'Save changes' : 'Add space'}</Button>
          <Link to="/admin/spaces">Cancel</Link>
        </div>
      </form>
    </>
  );
}

function EditSpace({ id }: { id: string }) {
  const { data, error } = useQuery(AdminSpacesQuery);
  const refused = useAccessProblemFrom(error);
  const space = data?.spaces.find((c) => c.id === id);
  usePageTitle(data && !space ? 'Space not found' : 'Edit space');
  if (refused) return null;
  if (error && !data) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
  if (!data) return <LoadingMessage>Loading the space…</LoadingMessage>;
  if (!space) {
    return (
      <>
        <h1 tabIndex={-1}>Space not found</h1>
        <p>
          There is no space at this address. <Link to="/admin/spaces">Go back to discussion spaces</Link>.
        </p>
      </>
    );
  }
  return <SpaceForm key={space.id} space={space} onAdded={() => undefined} />;
}

function AddSpace() {
  const [added, setAdded] = useState<string | null>(null);
  if (added) return <Added name={added} />;
  return <SpaceForm space={null} onAdded={setAdded} />;
}

export function SpaceFormPage() {
  const { id } = useParams();
  return id && id !== 'new' ? <EditSpace id={id} /> : <AddSpace />;
}
