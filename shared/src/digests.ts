// Email digests: how often a member gets one. Weekly unless they choose otherwise; sent at 08:00 UK time
// (daily every day, weekly on Mondays).

export enum DigestFrequency {
  Off = 'OFF',
  Daily = 'DAILY',
  Weekly = 'WEEKLY',
}

export const DIGEST_FREQUENCY_LABELS: Record<DigestFrequency, string> = {
  [DigestFrequency.Off]: 'Never: do not send me a digest',
  [DigestFrequency.Daily]: 'Daily, at 8am UK time',
  [DigestFrequency.Weekly]: 'Weekly, on Monday at 8am UK time',
};

export const DEFAULT_DIGEST_FREQUENCY = DigestFrequency.Weekly;

/** The time zone and hour digests go out in. */
export const DIGEST_TIME_ZONE = 'Europe/London';
export const DIGEST_HOUR = 8;
