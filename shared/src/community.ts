// What the community is called and the limits both the web app and the API enforce.
export const COMMUNITY_NAME = 'Heritage and Social Prescribing Community of Practice';
export const COMMUNITY_SHORT_NAME = 'Heritage CoP';

/** Limits shared by the form, the validator and the database. */
export const LIMITS = {
  /** Largest page a connection returns, whatever `first` asks for. */
  pageSizeMax: 100,
  pageSizeDefault: 20,
  displayNameMax: 80,
  emailMax: 254,
} as const;
