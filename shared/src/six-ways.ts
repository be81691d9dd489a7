// The forms of engagement with heritage ("six ways into wellbeing") that case studies and heritage offers
// are tagged with. One vocabulary, shared by the evidence pages, the offers directory and Open Referral UK
// output. The labels below are the community's working wording; they are kept here, and only here, so
// that they can be corrected against Historic England's published wording without touching any data
// (the stored values are the enum keys, never the labels).

export enum SixWay {
  Visiting = 'VISITING',
  Volunteering = 'VOLUNTEERING',
  Learning = 'LEARNING',
  Creating = 'CREATING',
  BeingActive = 'BEING_ACTIVE',
  Remembering = 'REMEMBERING',
}

export const SIX_WAY_LABELS: Record<SixWay, string> = {
  [SixWay.Visiting]: 'Visiting historic places and collections',
  [SixWay.Volunteering]: 'Volunteering with heritage',
  [SixWay.Learning]: 'Learning about and researching the past',
  [SixWay.Creating]: 'Creative practice inspired by heritage',
  [SixWay.BeingActive]: 'Being active in historic landscapes',
  [SixWay.Remembering]: 'Sharing memories and reminiscence',
};

export const SIX_WAYS = Object.values(SixWay);
