// Accounts: where a membership application stands, the kinds of message on it, and what an emailed link is
// for. One definition for the API (GraphQL enums, SQL), the seed and the web app.

export enum ApplicationStatus {
  Pending = 'PENDING',
  InfoRequested = 'INFO_REQUESTED',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

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
