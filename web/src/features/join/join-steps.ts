// The question pages of the application, in order, and which page asks for which answer (for "Change"
// links and for sending people back to fix what the API refused).
export const JOIN_STEPS = {
  details: '/join/details',
  sector: '/join/sector',
  region: '/join/region',
  aboutYou: '/join/about-you',
  agreements: '/join/agreements',
  check: '/join/check',
} as const;

export type JoinStep = keyof typeof JOIN_STEPS;

const ORDER: JoinStep[] = ['details', 'sector', 'region', 'aboutYou', 'agreements', 'check'];

export function nextStep(step: JoinStep): string {
  return JOIN_STEPS[ORDER[ORDER.indexOf(step) + 1] ?? 'check'];
}

export function previousStep(step: JoinStep): string {
  const index = ORDER.indexOf(step);
  return index > 0 ? JOIN_STEPS[ORDER[index - 1]] : '/join';
}

/** Back from a "Change" visit returns to the check page, as GOV.UK's pattern does. */
export const RETURN_TO_CHECK = 'return=check';
