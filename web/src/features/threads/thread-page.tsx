// /threads/:id — one thread: breadcrumbs, title, kind, notices (pinned, locked, removed), an update's summary,
// a case study's answers, tags, then its posts a page at a time and the reply composer. ?post=N opens at post N
// and moves focus there; with no ?post the page opens at the viewer's first unread post. What has been shown is
// marked read (throttled). Members who may not read the thread get the same "not found" as a missing one.
import { useMutation, useQuery } from '@apollo/client/react';
import { quotePost, THREAD_KIND_LABELS, type ThreadKind } from '@heritage/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import { ErrorMessage } from '../../components/error-message';
import { InsetText } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { ThreadPageQuery as ThreadPageResult } from '../../gql/graphql';
import { spaceHref } from '../discussions/space-params';
import { useFocusHeadingWhenReady } from '../../components/use-focus-heading-when-ready';
import { CaseStudySummary } from './case-study-summary';
import { newRepliesText, useLiveThread } from './live-thread';
import type { ThreadPost } from './post-item';
import { ReplyComposer } from './reply-composer';
import { MarkThreadReadMutation, ThreadPageQuery } from './thread.queries';
import { ModeratorTools, WatchButton } from './thread-tools';
import { usePostWindow } from './use-post-window';
import { ThreadPosts } from './thread-posts';
import { useThreadFocus } from './use-thread-focus';

type Thread = NonNullable<ThreadPageResult['thread']>;

/** How long after one markThreadRead the next may go, so paging quickly sends one update, not many. */
const MARK_READ_INTERVAL_MS = 2000;

function postNumberParam(value: string | null): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

function Breadcrumbs({ thread }: { thread: Thread }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol className="breadcrumbs__list">
        <li className="breadcrumbs__item">
          <Link to="/discussions">Discussions</Link>
        </li>
        <li className="breadcrumbs__item">
          <Link to={`/discussions/${thread.space.slug}`}>{thread.space.name}</Link>
        </li>
        <li className="breadcrumbs__item" aria-current="page">
          {thread.title}
        </li>
      </ol>
    </nav>
  );
}

function ThreadHeader({ thread }: { thread: Thread }) {
  return (
    <>
      <Breadcrumbs thread={thread} />
      <h1 tabIndex={-1}>{thread.title}</h1>
      <ul className="thread-tags thread-tags--status" aria-label="About this thread">
        <li>
          <strong className="tag">{THREAD_KIND_LABELS[thread.kind as ThreadKind] ?? thread.kind}</strong>
        </li>
        {thread.pinned ? (
          <li>
            <strong className="tag tag--yellow">Pinned</strong>
          </li>
        ) : null}
        {thread.locked ? (
          <li>
            <strong className="tag tag--grey">Locked</strong>
          </li>
        ) : null}
      </ul>
      {thread.pinned ? (
        <p className="secondary-text">Moderators have pinned this thread to the top of {thread.space.name}.</p>
      ) : null}
      {thread.locked ? (
        <InsetText>
          <p>This thread is locked. You can read it, but no one can reply.</p>
        </InsetText>
      ) : null}
      {thread.deleted ? (
        <InsetText>
          <p>The author deleted this thread. Only moderators can see it.</p>
        </InsetText>
      ) : null}
      {thread.hidden ? (
        <InsetText>
          <p>A moderator hid this thread. Only moderators and its author can see it.</p>
        </InsetText>
      ) : null}
      {thread.summary ? <p className="lead thread-summary">{thread.summary}</p> : null}
      {thread.caseStudy ? <CaseStudySummary caseStudy={thread.caseStudy} /> : null}
      {thread.tags.length ? (
        <ul className="thread-item__tags thread-tags" aria-label="Tags">
          {thread.tags.map((tag) => (
            <li key={tag}>
              <Link to={spaceHref(thread.space.slug, { tag })} className="thread-item__tag">
                <span className="visually-hidden">Show threads tagged </span>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Marks posts read up to the highest shown, at most once every MARK_READ_INTERVAL_MS, never backwards. */
function useMarkRead(thread: Thread, highestShown: number) {
  const [markRead] = useMutation(MarkThreadReadMutation);
  const marked = useRef(thread.lastReadNumber ?? 0);
  const lastSent = useRef(0);
  const pending = useRef<number | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const send = useCallback(() => {
    const upTo = pending.current;
    pending.current = null;
    if (upTo === null || upTo <= marked.current) return;
    marked.current = upTo;
    lastSent.current = Date.now();
    void markRead({ variables: { threadId: thread.id, upToNumber: upTo } }).catch(() => undefined);
  }, [markRead, thread.id]);

  useEffect(() => {
    if (highestShown <= marked.current) return;
    pending.current = Math.max(pending.current ?? 0, highestShown);
    const wait = lastSent.current + MARK_READ_INTERVAL_MS - Date.now();
    window.clearTimeout(timer.current);
    if (wait <= 0) send();
    else timer.current = window.setTimeout(send, wait);
  }, [highestShown, send]);

  // Leaving the page sends what is still waiting.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      send();
    },
    [send],
  );
}

function ThreadView({ thread }: { thread: Thread }) {
  const { viewer } = useViewer();
  const [searchParams] = useSearchParams();
  const postParam = postNumberParam(searchParams.get('post'));
  // Where the page opens, decided once: the post asked for, else the first unread one.
  const [opening] = useState(() => {
    if (postParam !== null) return { start: postParam, focus: postParam };
    const unread = thread.firstUnreadNumber;
    if (!thread.isNew && unread !== null && unread !== undefined && unread > 1) return { start: unread, focus: unread };
    return { start: 1, focus: null };
  });
  const posts = usePostWindow(thread.id, opening.start);
  const focus = useThreadFocus(posts, postParam, opening.focus);
  const [announcement, setAnnouncement] = useState('');
  const [reply, setReply] = useState('');
  const [replyTo, setReplyTo] = useState<ThreadPost | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const canCompose = thread.canReply && !thread.locked && !thread.deleted && !thread.hidden;
  useMarkRead(thread, posts.loading === 'window' ? 0 : posts.highest);

  const announce = useCallback((message: string) => {
    // Emptied first, so the same words twice are announced twice.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const waitingReplies = useLiveThread(thread.id, posts.posts, announce);

  const focusComposer = () =>
    window.setTimeout(() => {
      const textarea = composer.current;
      if (!textarea) return;
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    }, 0);

  const onReply = (post: ThreadPost) => {
    setReplyTo(post);
    focusComposer();
  };

  const onQuote = (post: ThreadPost) => {
    // "> [Priya Shah wrote (#4)](/threads/…?post=4):" and then the post's lines, each quoted.
    const quoted = quotePost({
      threadId: thread.id,
      number: post.number,
      authorName: post.author.displayName,
      body: post.body ?? '',
    });
    setReply((current) => `${current.trim() ? `${current.trimEnd()}\n\n` : ''}${quoted}\n\n`);
    focusComposer();
  };

  return (
    <>
      <ThreadHeader thread={thread} />
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <div className="thread-tools">
        <WatchButton thread={thread} announce={announce} />
        {thread.canModerate ? <ModeratorTools thread={thread} announce={announce} /> : null}
      </div>

      <ThreadPosts
        posts={posts}
        onShowEarlier={focus.showEarlier}
        onShowMore={focus.showMore}
        threadId={thread.id}
        viewerId={viewer?.id ?? null}
        canCompose={canCompose}
        onReply={onReply}
        onQuote={onQuote}
        announce={announce}
        newRepliesLabel={waitingReplies > 0 ? newRepliesText(waitingReplies) : null}
      />

      <ReplyComposer
        thread={thread}
        canCompose={canCompose}
        value={reply}
        onChange={setReply}
        replyTo={replyTo}
        onCancelReplyTo={() => {
          setReplyTo(null);
          composer.current?.focus();
        }}
        textareaRef={composer}
        onPosted={async (post) => {
          setReply('');
          setReplyTo(null);
          focus.focusWhenShown(post.number);
          await posts.reveal(post);
          announce('Reply posted');
        }}
      />
    </>
  );
}

function ThreadNotFound() {
  return (
    <>
      <h1 tabIndex={-1}>Thread not found</h1>
      <p>The thread may have been deleted, or it may be in a space you cannot read.</p>
      <p>
        <Link to="/discussions">Go to Discussions</Link>
      </p>
    </>
  );
}

export function ThreadPage() {
  const { id = '' } = useParams();
  // From the network on opening, so the jump to the first unread post uses the viewer's current read state.
  const { data, error } = useQuery(ThreadPageQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const thread = data?.thread;
  const notFound = hasErrorCode(error, 'NOT_FOUND') || (data && !thread);
  useFocusHeadingWhenReady(Boolean(thread) || Boolean(error));
  // Set here, not in the views below: a parent's effect runs after its children's and would win.
  usePageTitle(thread ? thread.title : notFound ? 'Thread not found' : error ? 'Sorry, there is a problem' : 'Thread');

  if (thread) return <ThreadView key={thread.id} thread={thread} />;
  if (notFound) return <ThreadNotFound />;
  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>Sorry, there is a problem</h1>
        <ErrorMessage>{problemMessage(error)}</ErrorMessage>
      </>
    );
  }
  return <LoadingMessage>Loading the thread…</LoadingMessage>;
}
