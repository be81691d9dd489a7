// /discussions/:slug/new?kind=CASE_STUDY — start a thread in a space. Every member who may start threads there
// can start a discussion or a case study; advisory group members and admins can also post an update (the API
// decides in the end). An unknown or unreadable space is the not-found page.
import { useMutation, useQuery } from '@apollo/client/react';
import { hasPermission, Permission, type Role } from '@heritage/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { BackLink } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { ThreadKind } from '../../gql/graphql';
import { NotFoundPage } from '../../components/not-found-page';
import { CASE_STUDY, DISCUSSION, isThreadKind, UPDATE } from './discussion-labels';
import { CreateThreadMutation, NewThreadSpaceQuery } from './discussions.queries';
import { ThreadForm } from './thread-form';
import { emptyValues, threadFields } from './thread-form-values';

const TITLE = 'Start a new thread';

/** Updates come from the advisory group (and admins); the API refuses anyone else. */
export function kindsFor(roles: readonly string[]): ThreadKind[] {
  const mayUpdate = hasPermission(roles as readonly Role[], Permission.PostUpdates);
  return mayUpdate ? [DISCUSSION, CASE_STUDY, UPDATE] : [DISCUSSION, CASE_STUDY];
}

export function NewThreadPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const { data, error } = useQuery(NewThreadSpaceQuery, { variables: { slug } });
  const [createThread] = useMutation(CreateThreadMutation);
  const space = data?.space;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data !== undefined && !space);
  const title = space ? `${TITLE} in ${space.name}` : TITLE;
  // The same title the form sets (parents' effects run after their children's, so this one must agree).
  usePageTitle(notFound ? 'Page not found' : title);

  if (notFound) return <NotFoundPage />;

  const kinds = kindsFor(viewer?.roles ?? []);
  const asked = params.get('kind');
  const kind = isThreadKind(asked) && kinds.includes(asked) ? asked : DISCUSSION;

  function content() {
    if (error) return <ErrorMessage>{problemMessage(error)}</ErrorMessage>;
    if (!space) return <LoadingMessage>Loading…</LoadingMessage>;
    if (!space.canStartThreads) {
      return (
        <>
          <p>Only some members can start threads in {space.name}. You can still read and reply to its threads.</p>
          <p>
            <Link to={`/discussions/${space.slug}`}>Back to {space.name}</Link>
          </p>
        </>
      );
    }
    const spaceId = space.id;
    return (
      <ThreadForm
        // A different ?kind (from a link on this page) starts the form again with that kind chosen.
        key={kind}
        title={title}
        initialValues={emptyValues(kind)}
        kinds={kinds}
        draftKey={`new-thread:${space.slug}`}
        submitLabel="Post"
        cancelHref={`/discussions/${space.slug}`}
        save={async (values) => {
          const result = await createThread({
            variables: { input: { spaceId, kind: values.kind ?? DISCUSSION, ...threadFields(values) } },
          });
          if (!result.data) throw new Error('createThread returned no data');
          return result.data.createThread.id;
        }}
      />
    );
  }

  return (
    <>
      <BackLink to={`/discussions/${slug}`} />
      <h1 tabIndex={-1}>{TITLE}</h1>
      {space ? <p className="lead">In {space.name}</p> : null}
      {content()}
    </>
  );
}
