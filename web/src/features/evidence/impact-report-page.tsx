// /evidence/impact — the impact report for the advisory group and admins: over the dates chosen, the
// evidence added up (small numbers withheld by the API), membership growth by sector and region, and case
// studies and events per quarter, and referral enquiries about offers (counts only, never their content). Downloads as CSV (each download is recorded in the audit log) and prints
// cleanly (the print styles in evidence.css leave out the site's header, navigation, form and buttons).
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAccessProblemFrom } from '../../session/require-permission';
import { ErrorMessage } from '../../components/error-message';
import { Button, ErrorSummary, TextInput, type FieldErrorItem } from '../../components/forms';
import { LoadingMessage } from '../../components/loading-message';
import { problemMessage } from '../../components/problem-message';
import { fieldErrorsOf } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import type { ImpactReportQuery as ImpactReportData } from '../../gql/graphql';
import { ScrollableTable } from '../../components/scrollable-table';
import { EvidenceSummaryView } from './evidence-summary';
import { ImpactReportQuery } from './evidence.queries';
import './evidence.css';

const TITLE = 'Impact report';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayText = (d: Date) => d.toISOString().slice(0, 10);

/** The last 12 months, ending today. */
function defaultRange(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from: dayText(from), to: dayText(to) };
}

function dateErrors(from: string, to: string): FieldErrorItem[] {
  const errors: FieldErrorItem[] = [];
  if (!DATE.test(from.trim()))
    errors.push({ field: 'from', message: 'Enter the start date as a date, for example 2026-01-01' });
  if (!DATE.test(to.trim()))
    errors.push({ field: 'to', message: 'Enter the end date as a date, for example 2026-12-31' });
  return errors;
}

export function ImpactReportPage() {
  const [params, setParams] = useSearchParams();
  const fallback = defaultRange();
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const own = dateErrors(from, to);
  const { data, error, loading } = useQuery(ImpactReportQuery, { variables: { from, to }, skip: own.length > 0 });
  const refused = useAccessProblemFrom(error);
  const apiErrors = fieldErrorsOf(error) ?? [];
  const errors = own.length ? own : apiErrors;
  usePageTitle(TITLE, errors.length > 0);
  if (refused) return null;

  return (
    <>
      <h1 tabIndex={-1}>{TITLE}</h1>
      <p className="lead">The community’s evidence and growth, for the advisory group and funders.</p>
      <ErrorSummary errors={errors} />
      <DatesForm
        key={`${from}|${to}`}
        from={from}
        to={to}
        errors={errors}
        onApply={(next) => setParams(new URLSearchParams(next))}
      />
      {error && !apiErrors.length ? <ErrorMessage>{problemMessage(error)}</ErrorMessage> : null}
      {loading && !data ? <LoadingMessage>Preparing the report…</LoadingMessage> : null}
      {data && !errors.length ? <Report report={data.impactReport} /> : null}
    </>
  );
}

function DatesForm({
  from,
  to,
  errors,
  onApply,
}: {
  from: string;
  to: string;
  errors: FieldErrorItem[];
  onApply: (range: { from: string; to: string }) => void;
}) {
  const [values, setValues] = useState({ from, to });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ from: values.from.trim(), to: values.to.trim() });
  }
  return (
    <form className="impact-dates" noValidate onSubmit={submit} aria-labelledby="impact-dates-heading">
      <h2 id="impact-dates-heading">Dates</h2>
      <div className="impact-dates__fields">
        <TextInput
          id="from"
          label="From"
          hint="Year-month-day, for example 2026-01-01"
          width="third"
          value={values.from}
          onChange={(value) => setValues((v) => ({ ...v, from: value }))}
          error={errorFor('from')}
        />
        <TextInput
          id="to"
          label="To (included)"
          hint="Year-month-day, for example 2026-12-31"
          width="third"
          value={values.to}
          onChange={(value) => setValues((v) => ({ ...v, to: value }))}
          error={errorFor('to')}
        />
      </div>
      <Button>Show report</Button>
    </form>
  );
}

type Report = ImpactReportData['impactReport'];

function longDay(text: string): string {
  return new Date(`${text}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function MembershipTable({
  id,
  caption,
  first,
  rows,
}: {
  id: string;
  caption: string;
  first: string;
  rows: Report['membershipBySector'];
}) {
  return (
    <ScrollableTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Joined in these dates</th>
          <th scope="col">Members at the end</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.joined}</td>
            <td>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function Report({ report }: { report: Report }) {
  return (
    <article className="impact-report" aria-labelledby="impact-report-heading">
      <h2 id="impact-report-heading">
        {longDay(report.from)} to {longDay(report.to)}
      </h2>
      <div className="button-group impact-report__actions">
        <a className="button button--secondary" href={report.csvPath} download>
          Download as CSV
        </a>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Print this report
        </Button>
      </div>
      <p className="hint impact-report__note">
        Figures built from fewer than 5 case studies or fewer than 10 participants are not shown. Each CSV download is
        recorded in the audit log.
      </p>
      <section aria-labelledby="impact-evidence-heading">
        <h2 id="impact-evidence-heading">Case studies started in these dates</h2>
        <EvidenceSummaryView summary={report.evidence} idBase="impact" />
      </section>
      <section aria-labelledby="impact-membership-heading">
        <h2 id="impact-membership-heading">Membership</h2>
        <MembershipTable
          id="impact-sectors"
          caption="Members by sector"
          first="Sector"
          rows={report.membershipBySector}
        />
        <MembershipTable
          id="impact-regions"
          caption="Members by region"
          first="Region"
          rows={report.membershipByRegion}
        />
      </section>
      <section aria-labelledby="impact-quarters-heading">
        <h2 id="impact-quarters-heading">Activity by quarter</h2>
        <ScrollableTable id="impact-quarters" caption="Case studies and events per quarter">
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Case studies</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {report.quarters.map((q) => (
              <tr key={q.startsOn}>
                <th scope="row">{q.quarter}</th>
                <td>{q.caseStudies}</td>
                <td>{q.events}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      </section>
      <OfferEnquiries report={report} />
    </article>
  );
}

/** Referral enquiries link workers sent about offers, and how many the organisations answered: counts only. */
function OfferEnquiries({ report }: { report: Report }) {
  return (
    <section aria-labelledby="impact-enquiries-heading">
      <h2 id="impact-enquiries-heading">Referral enquiries</h2>
      <p className="hint">
        Enquiries link workers sent about offers, and enquiries the organisation first answered, in these dates. Only
        the numbers are reported, never what was asked or who asked.
      </p>
      <ScrollableTable id="impact-enquiry-quarters" caption="Referral enquiries sent and answered per quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Sent</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {report.quarters.map((q) => (
            <tr key={q.startsOn}>
              <th scope="row">{q.quarter}</th>
              <td>{q.enquiriesSent}</td>
              <td>{q.enquiriesAnswered}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {report.offerEnquiries.length ? (
        <ScrollableTable id="impact-enquiry-offers" caption="Referral enquiries per published offer">
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Organisation</th>
              <th scope="col">Sent</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {report.offerEnquiries.map((o) => (
              <tr key={o.offerId}>
                <th scope="row">{o.title}</th>
                <td>{o.organisation}</td>
                <td>{o.enquiriesSent}</td>
                <td>{o.enquiriesAnswered}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      ) : (
        <p>No published offer had referral enquiries in these dates.</p>
      )}
    </section>
  );
}
