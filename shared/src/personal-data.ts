// The personal-data guard: finds likely personal data about participants in text before it is saved.
// NHS numbers (valid modulus-11 check digit) block saving outright; every other finding is a warning the
// author must resolve by editing or by confirming consent / that it is not about a patient.
// The server runs this on every save; the web composer may run it too, for early feedback.
import { MENTION_SOURCE } from './discussions';
import { withoutShownQuotes } from './quoting';

export enum PersonalDataKind {
  NhsNumber = 'NHS_NUMBER',
  DateOfBirth = 'DATE_OF_BIRTH',
  Postcode = 'POSTCODE',
  PhoneNumber = 'PHONE_NUMBER',
  EmailAddress = 'EMAIL_ADDRESS',
  NameAndAge = 'NAME_AND_AGE',
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  [PersonalDataKind.NhsNumber]: 'NHS number',
  [PersonalDataKind.DateOfBirth]: 'date of birth',
  [PersonalDataKind.Postcode]: 'postcode',
  [PersonalDataKind.PhoneNumber]: 'phone number',
  [PersonalDataKind.EmailAddress]: 'email address',
  [PersonalDataKind.NameAndAge]: 'name with an age',
};

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The matched text, as written. */
  text: string;
  /** Offset of the match in the scanned text. */
  index: number;
  /** NHS numbers cannot be saved at all. */
  blocking: boolean;
}

/** True for a 10-digit string whose last digit is the NHS modulus-11 check digit of the first nine. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const PATTERNS = {
  // 10 digits, optionally grouped 3-3-4 with spaces or hyphens, not part of a longer number.
  nhs: /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  // Full UK postcodes (outward and inward code), e.g. SW1A 1AA, M1 1AE, B33 8TH.
  postcode: /\b(?:GIR ?0AA|[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?|\d[A-HJKPSTUW]) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi,
  // UK phone numbers: +44 or 0 followed by 9–10 more digits, with common spacing and brackets.
  phone: /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d\)?[\s-]?){8,9}\d(?!\d)/g,
  numericDate: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g,
  writtenDate: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?,?\\s+(\\d{4})\\b`, 'gi'),
  writtenDateUs: new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
  birthCue: /(?:\bd\.?o\.?b\b\.?|\bdate of birth\b|\bborn(?: on)?\b|\bbirthday\b)[\s:,-]*$/i,
  // "Margaret, 82", "Margaret Jones, aged 82", "Mr Patel (74)", "John, 67 years old".
  nameAge:
    /\b((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*(?:aged\s+)?|\s+aged\s+|\s*\(\s*(?:aged\s+)?)(\d{1,3})(?:\s*\)|\s*(?:years?[- ]old|yrs?\b|y\/o)|(?=[,.;:\s]|$))/g,
};

/** Capitalised words that look like a name before a number but are not people. */
const NOT_NAMES = new Set(
  (
    'Week Weeks Session Sessions Group Groups Room Chapter Figure Table Page Level Step Steps Year Years Day Days ' +
    'Month Months Phase Stage Part Section Item Items Question Questions Cohort Wave Round Module Unit Lesson ' +
    'Floor Gallery Platform Route Bus Number No Version Appendix Box Site Sites Walk Walks Visit Visits Total ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Score Scores Wemwbs Swemwbs Warwick Edinburgh Over Under Around ' +
    'About Approximately Roughly Aged Age Ages People Participants Members Volunteers Attendees'
  ).split(' '),
);

function fourDigitYear(year: string): number {
  if (year.length === 4) return Number(year);
  const y = Number(year);
  return y <= new Date().getFullYear() % 100 ? 2000 + y : 1900 + y;
}

/**
 * A full date reads as a date of birth when a birth cue stands just before it, or when its year is more
 * than 16 years ago (older than any programme date in a case study, plausible for a participant's birth).
 */
function looksLikeBirthDate(text: string, index: number, year: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  if (PATTERNS.birthCue.test(before)) return true;
  const thisYear = new Date().getFullYear();
  return year >= 1900 && year <= thisYear - 16;
}

function isRealDate(day: number, month: number, year: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTH_INDEX = (name: string): number =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;

const MENTION = new RegExp(MENTION_SOURCE, 'gi');

function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Every likely piece of personal data in `text`, in order of position. */
export function scanPersonalData(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, match: RegExpExecArray, blocking = false) => {
    const finding = { kind, text: match[0], index: match.index, blocking };
    // The first, more specific rule to claim a span keeps it (an NHS number is not also a phone number).
    if (!found.some((f) => overlaps(f, finding))) found.push(finding);
  };

  for (const m of text.matchAll(PATTERNS.nhs)) {
    if (isValidNhsNumber(m[1] + m[2] + m[3])) add(PersonalDataKind.NhsNumber, m, true);
  }
  for (const m of text.matchAll(PATTERNS.email)) add(PersonalDataKind.EmailAddress, m);
  for (const m of text.matchAll(PATTERNS.phone)) {
    const digits = m[0].replace(/\D/g, '');
    const national = digits.startsWith('44') ? digits.slice(2).replace(/^0/, '') : digits.slice(1);
    if (national.length >= 9 && national.length <= 10) add(PersonalDataKind.PhoneNumber, m);
  }
  for (const m of text.matchAll(PATTERNS.numericDate)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), fourDigitYear(m[3])];
    if (isRealDate(day, month, year) && looksLikeBirthDate(text, m.index, year)) add(PersonalDataKind.DateOfBirth, m);
  }
  for (const m of text.matchAll(PATTERNS.writtenDate)) {
    const [day, month, year] = [Number(m[1]), MONTH_INDEX(m[2]), Number(m[3])];
    if (isRealDate(day, month, year) && looksLikeBirthDate(text, m.index, year)) add(PersonalDataKind.DateOfBirth, m);
  }
  for (const m of text.matchAll(PATTERNS.writtenDateUs)) {
    const [month, day, year] = [MONTH_INDEX(m[1]), Number(m[2]), Number(m[3])];
    if (isRealDate(day, month, year) && looksLikeBirthDate(text, m.index, year)) add(PersonalDataKind.DateOfBirth, m);
  }
  for (const m of text.matchAll(PATTERNS.postcode)) {
    // Lower-case matches are only postcodes when written with the space ("sw1a 1aa"), not inside words.
    if (m[0] === m[0].toUpperCase() || m[0].includes(' ')) add(PersonalDataKind.Postcode, m);
  }
  for (const m of text.matchAll(PATTERNS.nameAge)) {
    const words = m[1].replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? /, '').split(' ');
    const age = Number(m[2]);
    if (words.some((w) => NOT_NAMES.has(w)) || age < 1 || age > 110) continue;
    add(PersonalDataKind.NameAndAge, m);
  }
  // A mention is a member's name and id, written by the composer: the id's digits are never a phone number.
  const mentions = [...text.matchAll(MENTION)].map((m) => ({ index: m.index, text: m[0] }));
  return found.filter((f) => !mentions.some((m) => overlaps(m, f))).sort((a, b) => a.index - b.index);
}

/**
 * scanPersonalData for a reply that may quote earlier posts: quoted lines whose text `shownQuotes` holds (text
 * that already stands, verbatim, in a post readers of the thread can see) are not findings again, since
 * quoting them discloses nothing new. Everything else is checked as usual, and an NHS number anywhere, quoted
 * or not, is still found (and blocks).
 */
export function scanNewPersonalData(text: string, shownQuotes: ReadonlySet<string>): PersonalDataFinding[] {
  const all = scanPersonalData(text);
  if (shownQuotes.size === 0 || all.some((f) => f.blocking)) return all;
  return scanPersonalData(withoutShownQuotes(text, shownQuotes));
}
