// Accounts: where a membership application stands, the kinds of message on it, and what an emailed link is
// for. One definition for the API (GraphQL enums, SQL), the seed and the web app.

export enum ApplicationStatus {
  Pending = 'PENDING',
  InfoRequested = 'INFO_REQUESTED',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

/** The words the admin pages show for each status, in the order their filter offers them. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  [ApplicationStatus.Pending]: 'Pending',
  [ApplicationStatus.InfoRequested]: 'More information requested',
  [ApplicationStatus.Approved]: 'Approved',
  [ApplicationStatus.Rejected]: 'Rejected',
};

/** Still waiting for a decision: it can be approved, rejected or asked about. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Pending,
  ApplicationStatus.InfoRequested,
];

export enum ApplicationMessageKind {
  Question = 'QUESTION',
  Answer = 'ANSWER',
}

/** What a single-use emailed link (auth_token) is for. */
export enum TokenPurpose {
  SetPassword = 'SET_PASSWORD',
  ResetPassword = 'RESET_PASSWORD',
  Invitation = 'INVITATION',
  ChangeEmail = 'CHANGE_EMAIL',
  ApplicationAnswer = 'APPLICATION_ANSWER',
}
