// Every answer the applicant gave, in the order the application form asks them.
import { SummaryList } from '../../components/forms';
import type { ApplicationDetailFragment } from '../../gql/graphql';
import { regionLabel, sectorLabel } from './admin-labels';
import { ageOf, DateTime } from '../../components/date-time';

export function ApplicationAnswers({ application }: { application: ApplicationDetailFragment }) {
  const sector =
    application.sector === 'OTHER' && application.sectorOther
      ? `${sectorLabel(application.sector)}: ${application.sectorOther}`
      : sectorLabel(application.sector);

  return (
    <SummaryList
      rows={[
        { key: 'Full name', value: application.fullName },
        { key: 'Email address', value: <a href={`mailto:${application.email}`}>{application.email}</a> },
        { key: 'Organisation', value: application.organisation },
        { key: 'Job title', value: application.jobTitle },
        { key: 'Sector', value: sector },
        { key: 'UK nation or region', value: regionLabel(application.region) },
        {
          key: 'What they hope to get from the community',
          value: <p className="admin-long-text">{application.hopes}</p>,
        },
        {
          key: 'How they heard about the community',
          value: <p className="admin-long-text">{application.heardAbout}</p>,
        },
        {
          key: 'Submitted',
          value: (
            <>
              <DateTime value={application.submittedAt} withTime /> ({ageOf(application.submittedAt)})
            </>
          ),
        },
      ]}
    />
  );
}
