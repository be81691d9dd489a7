// /moderation/reports — moderators' queue of reported posts: open reports first, with links to those resolved
// by hiding the post and those dismissed. Each report shows the post (an excerpt of its text), its thread, who
// reported it, why and when; an open one has a form to hide the post or dismiss the report, with a note.
// When another moderator got there first, the API answers CONFLICT and the page says so.
import { useMutation, useQuery } from '@apollo/client/react';
import { DISCUSSION_LIMITS, LIMITS } from '@heritage/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAccessProblemFrom, useReportAccessProblem } from '../../session/require-permission';
import { ErrorMessage } from '../../components/error-message';
import { Button, ErrorSummary, Radios, SummaryList, TextArea, useForm } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { hasErrorCode, problemMessage } from '../../components/problem-message';
import { usePageTitle } from '../../components/use-page-title';
import type { PostReportsQuery as Result, ReportAction, ReportStatus } from '../../gql/graphql';
import { DateTime } from '../../components/date-time';
import { PageControls } from '../../components/page-controls';
import { useCursorPages } from '../../components/use-cursor-pages';
import { ProblemBox } from '../../components/problem-box';
import { SuccessBanner } from '../../components/success-banner';
import { PostReportsQuery, ResolveReportMutation } from './moderation.queries';

type Report = Result['postReports']['nodes'][number];

const TABS: { status: ReportStatus; label: string; empty: string }[] = [
  { status: 'OPEN', label: 'Open', empty: 'There are no open reports.' },
  { status: 'HIDDEN', label: 'Post hidden', empty: 'No reports have been resolved by hiding the post.' },
  { status: 'DISMISSED', label: 'Dismissed', empty: 'No reports have been dismissed.' },
];

const EXCERPT_LENGTH = 300;

/** The start of the post as readers see it (the API's plain text of the rendered post, not its Markdown). */
function excerptOf(bodyText: string | null | undefined): string | null {
  if (!bodyText) return null;
  const text = bodyText.trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

function statusOf(value: string | null): ReportStatus {
  return TABS.find((tab) => tab.status === value)?.status ?? 'OPEN';
}

function noteError(note: string): string | undefined {
  if (!note.trim()) return 'Enter a note about your decision';
  if (note.length > DISCUSSION_LIMITS.reasonMax) {
    return `The note must be ${DISCUSSION_LIMITS.reasonMax} characters or fewer`;
  }
  return undefined;
}

function ResolveForm({
  report,
  onResolved,
  onConflict,
}: {
  report: Report;
  onResolved: (action: ReportAction) => void;
  onConflict: () => void;
}) {
  const [resolve] = useMutation(ResolveReportMutation);
  const reportAccessProblem = useReportAccessProblem();
  const actionId = `resolve-${report.id}-action`;
  const noteId = `resolve-${report.id}-note`;
  const form = useForm({
    initial: { action: null as ReportAction | null, note: '' },
    validate: ({ action, note }) => ({
      [actionId]: action ? undefined : 'Choose whether to hide the post or dismiss the report',
      [noteId]: noteError(note),
    }),
    submit: async ({ action, note }) => {
      if (!action) return;
      await resolve({ variables: { id: report.id, action, note: note.trim() } });
      onResolved(action);
    },
    // Every refusal is told as a whole: another moderator got there first, or a problem.
    readErrors: () => null,
    onError: (error) => {
      if (hasErrorCode(error, 'CONFLICT')) onConflict();
      else if (!reportAccessProblem(error)) return problemMessage(error);
    },
  });
  const { errorFor } = form;

  return (
    <form noValidate className="report__form" onSubmit={form.handleSubmit}>
      <ErrorSummary errors={form.errors} problem={form.problem} />
      <Radios
        id={actionId}
        legend="What do you want to do?"
        options={[
          {
            value: 'HIDE',
            label: 'Hide the post',
            hint: 'Members will no longer see it. Its author sees your note as the reason.',
          },
          { value: 'DISMISS', label: 'Dismiss the report', hint: 'The post stays as it is.' },
        ]}
        value={form.values.action}
        onChange={(value) => form.set('action', value as ReportAction)}
        error={errorFor(actionId)}
      />
      <TextArea
        id={noteId}
        label="Note"
        hint="Why you decided this. The member who reported the post is told the outcome."
        rows={3}
        value={form.values.note}
        onChange={(value) => form.set('note', value)}
        maxLength={DISCUSSION_LIMITS.reasonMax}
        error={errorFor(noteId)}
      />
      <Button>Resolve report</Button>
    </form>
  );
}

function ReportItem({
  report,
  onResolved,
  onConflict,
}: {
  report: Report;
  onResolved: (report: Report, action: ReportAction) => void;
  onConflict: () => void;
}) {
  const { post, thread } = report;
  const excerpt = excerptOf(post.bodyText);
  const rows = [
    {
      key: 'Reported by',
      value: (
        <>
          {report.reporter.displayName} on <DateTime value={report.createdAt} withTime />
        </>
      ),
    },
    { key: 'Reason', value: <span className="preserve-lines">{report.reason}</span> },
    { key: 'Post written by', value: post.author.displayName },
  ];
  if (report.status !== 'OPEN') {
    rows.push({
      key: report.status === 'HIDDEN' ? 'Post hidden by' : 'Dismissed by',
      value: (
        <>
          {report.resolvedBy?.displayName ?? 'A moderator'}
          {report.resolvedAt ? (
            <>
              {' on '}
              <DateTime value={report.resolvedAt} withTime />
            </>
          ) : null}
        </>
      ),
    });
    if (report.resolutionNote) {
      rows.push({ key: 'Note', value: <span className="preserve-lines">{report.resolutionNote}</span> });
    }
  }
  const headingId = `report-${report.id}-heading`;

  return (
    <li className="report">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="report__title">
          <Link to={`/threads/${thread.id}?post=${post.number}`}>{`${thread.title}, post ${post.number}`}</Link>
        </h2>
        {post.deleted ? <p className="secondary-text">The author has since deleted this post.</p> : null}
        {post.hidden && report.status === 'OPEN' ? (
          <p className="secondary-text">A moderator has already hidden this post.</p>
        ) : null}
        {excerpt ? (
          <blockquote className="quote report__excerpt">
            <p className="preserve-lines">{excerpt}</p>
          </blockquote>
        ) : null}
        <SummaryList rows={rows} />
        {report.status === 'OPEN' ? (
          <ResolveForm report={report} onResolved={(action) => onResolved(report, action)} onConflict={onConflict} />
        ) : null}
      </article>
    </li>
  );
}

function ReportList({ status }: { status: ReportStatus }) {
  const pages = useCursorPages(status);
  const { data, error, refetch } = useQuery(PostReportsQuery, {
    variables: { status, first: LIMITS.pageSizeDefault, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const refused = useAccessProblemFrom(error);
  const [outcome, setOutcome] = useState<{ id: number; heading: string } | null>(null);
  const [conflict, setConflict] = useState<number | null>(null);
  const tab = TABS.find((t) => t.status === status) ?? TABS[0];
  const reports = data?.postReports;

  const onResolved = (report: Report, action: ReportAction) => {
    setConflict(null);
    setOutcome({
      id: Date.now(),
      heading:
        action === 'HIDE'
          ? `Report resolved: post ${report.post.number} in “${report.thread.title}” has been hidden.`
          : `Report resolved: the report on post ${report.post.number} in “${report.thread.title}” has been dismissed.`,
    });
    void refetch();
  };

  const onConflict = () => {
    setOutcome(null);
    setConflict(Date.now());
    void refetch();
  };

  if (refused) return null;
  return (
    <>
      {outcome ? <SuccessBanner key={outcome.id} heading={outcome.heading} /> : null}
      {conflict ? (
        <ProblemBox key={conflict} message="Another moderator resolved this report. The list has been updated." />
      ) : null}
      {error && !reports ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {!reports && !error ? <LoadingMessage>Loading reports…</LoadingMessage> : null}
      {reports && reports.nodes.length === 0 ? <p>{tab.empty}</p> : null}
      {reports && reports.nodes.length > 0 ? (
        <ul className="report-list">
          {reports.nodes.map((report) => (
            <ReportItem key={report.id} report={report} onResolved={onResolved} onConflict={onConflict} />
          ))}
        </ul>
      ) : null}
      {reports ? (
        <PageControls
          pages={pages}
          hasNext={reports.pageInfo.hasNextPage}
          endCursor={reports.pageInfo.endCursor}
          onChange={() => document.querySelector<HTMLElement>('main h1')?.focus()}
        />
      ) : null}
    </>
  );
}

export function ReportsPage() {
  const [searchParams] = useSearchParams();
  const status = statusOf(searchParams.get('status'));
  const tab = TABS.find((t) => t.status === status) ?? TABS[0];
  usePageTitle(`Reported posts: ${tab.label.toLowerCase()}`);

  return (
    <>
      <h1 tabIndex={-1}>Reported posts</h1>
      <p>Members report posts they think break the code of conduct. Hide the post or dismiss the report.</p>
      <nav aria-label="Reports by status" className="admin-nav">
        <ul className="admin-nav__list">
          {TABS.map((t) => (
            <li key={t.status}>
              <Link
                to={t.status === 'OPEN' ? '/moderation/reports' : `/moderation/reports?status=${t.status}`}
                className="admin-nav__link"
                aria-current={t.status === status ? 'page' : undefined}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReportList key={status} status={status} />
    </>
  );
}
