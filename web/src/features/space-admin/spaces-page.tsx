// Admins: every discussion space in the order members see them, with who can read, start threads and reply.
// Move a space up or down, archive or restore it, or open it to edit. Each change is confirmed in a success
// banner (which takes focus: the button pressed may have gone, as when a space becomes the first).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { AdminSpacesQuery as Result } from '../../gql/graphql';
import { useAccessProblemFrom, useReportAccessProblem } from '../../session/require-permission';
import { ScrollableTable } from '../../components/scrollable-table';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { AdminSpacesQuery, ArchiveSpaceMutation, MoveSpaceMutation, RestoreSpaceMutation } from './space-admin.queries';
import { rolesInWords } from './space-roles';

type Space = Result['spaces'][number];
type Action = 'up' | 'down' | 'archive' | 'restore';

const DONE: Record<Action, string> = {
  up: 'moved up',
  down: 'moved down',
  archive: 'archived. Members can no longer see it',
  restore: 'restored. Members who can read it can see it again',
};

function ActionButton({
  label,
  name,
  busy,
  onClick,
}: {
  label: string;
  name: string;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button--secondary space-actions__button" disabled={busy} onClick={onClick}>
      {label}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

function SpacesTable({ spaces, busy, act }: { spaces: Space[]; busy: boolean; act: (s: Space, a: Action) => void }) {
  return (
    <ScrollableTable id="spaces" caption="Spaces, in the order members see them">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Web address</th>
          <th scope="col">Who can read</th>
          <th scope="col">Who can start threads</th>
          <th scope="col">Who can reply</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {spaces.map((space, index) => (
          <tr key={space.id}>
            <th scope="row">
              {space.name}
              {space.archived ? (
                <>
                  {' '}
                  <strong className="tag tag--grey">Archived</strong>
                </>
              ) : null}
            </th>
            <td>/discussions/{space.slug}</td>
            <td>{rolesInWords(space.readRoles)}</td>
            <td>{rolesInWords(space.startRoles)}</td>
            <td>{rolesInWords(space.replyRoles)}</td>
            <td>
              <ul className="space-actions">
                <li>
                  <Link to={`/admin/spaces/${space.id}`}>
                    Edit<span className="visually-hidden"> {space.name}</span>
                  </Link>
                </li>
                {index > 0 ? (
                  <li>
                    <ActionButton label="Move up" name={space.name} busy={busy} onClick={() => act(space, 'up')} />
                  </li>
                ) : null}
                {index < spaces.length - 1 ? (
                  <li>
                    <ActionButton label="Move down" name={space.name} busy={busy} onClick={() => act(space, 'down')} />
                  </li>
                ) : null}
                <li>
                  {space.archived ? (
                    <ActionButton label="Restore" name={space.name} busy={busy} onClick={() => act(space, 'restore')} />
                  ) : (
                    <ActionButton label="Archive" name={space.name} busy={busy} onClick={() => act(space, 'archive')} />
                  )}
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function SpacesPage() {
  usePageTitle('Discussion spaces');
  const { data, error } = useQuery(AdminSpacesQuery, { fetchPolicy: 'cache-and-network' });
  const refused = useAccessProblemFrom(error);
  const reportAccessProblem = useReportAccessProblem();
  const options = { refetchQueries: [AdminSpacesQuery], awaitRefetchQueries: true };
  const [move, moving] = useMutation(MoveSpaceMutation, options);
  const [archive, archiving] = useMutation(ArchiveSpaceMutation, options);
  const [restore, restoring] = useMutation(RestoreSpaceMutation, options);
  const [outcome, setOutcome] = useState<{ id: number; heading: string } | null>(null);
  const [problem, setProblem] = useState<{ id: number; message: string } | null>(null);
  const busy = moving.loading || archiving.loading || restoring.loading;
  const spaces = data?.spaces;

  async function act(space: Space, action: Action) {
    setOutcome(null);
    setProblem(null);
    try {
      const variables = { id: space.id };
      if (action === 'up' || action === 'down') {
        await move({ variables: { ...variables, direction: action === 'up' ? 'UP' : 'DOWN' } });
      } else if (action === 'archive') await archive({ variables });
      else await restore({ variables });
      setOutcome({ id: Date.now(), heading: `${space.name} has been ${DONE[action]}.` });
    } catch (failure) {
      if (!reportAccessProblem(failure)) setProblem({ id: Date.now(), message: problemMessage(failure) });
    }
  }

  return (
    <>
      {outcome ? <SuccessBanner key={outcome.id} heading={outcome.heading} /> : null}
      {problem ? <ProblemBox key={problem.id} message={problem.message} /> : null}
      <h1 tabIndex={-1}>Discussion spaces</h1>
      <p>
        Members see the spaces they can read in this order. Archived spaces are hidden from members but kept, with
        everything in them.
      </p>
      <p>
        <Link to="/admin/spaces/new">Add a space</Link>
      </p>
      {error && !spaces && !refused ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!spaces && !error ? <LoadingMessage>Loading discussion spaces…</LoadingMessage> : null}
      {spaces && spaces.length === 0 ? <p>There are no spaces yet.</p> : null}
      {spaces && spaces.length > 0 ? (
        <SpacesTable spaces={spaces} busy={busy} act={(space, action) => void act(space, action)} />
      ) : null}
    </>
  );
}
