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
  fullNameMax: 120,
  organisationMax: 160,
  jobTitleMax: 120,
  sectorOtherMax: 120,
  hopesMax: 2000,
  heardAboutMax: 500,
  pronounsMax: 40,
  bioMax: 2000,
  reasonMax: 2000,
  passwordMin: 8,
  /** Long passphrases are welcome; the cap only bounds hashing work. */
  passwordMax: 256,
  searchMax: 100,
  /** Discussion spaces (categories). */
  categoryNameMax: 80,
  categoryDescriptionMax: 500,
  slugMax: 60,
} as const;

/** How long emailed links stay valid, in hours. */
export const TOKEN_LIFETIME_HOURS = {
  setPassword: 72,
  invitation: 14 * 24,
  resetPassword: 2,
  changeEmail: 24,
  applicationAnswer: 14 * 24,
} as const;
