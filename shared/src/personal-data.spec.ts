// Table-driven: each row is text an author might write, and what the guard must find in it.
import { isValidNhsNumber, PersonalDataKind as K, scanPersonalData } from './personal-data';

const thisYear = new Date().getFullYear();

describe('isValidNhsNumber', () => {
  it.each([
    ['9434765919', true],
    ['4010232137', true],
    ['4505577104', true],
    ['9876543210', true],
    ['6000000006', true],
    ['9434765918', false], // wrong check digit
    ['1234567890', false], // check digit would be 10: never issued
    ['943476591', false], // nine digits
    ['94347659190', false], // eleven digits
    ['943476591a', false],
  ])('%s → %s', (digits, valid) => {
    expect(isValidNhsNumber(digits)).toBe(valid);
  });
});

type Row = [text: string, expected: [kind: K, match: string][]];

const TRUE_POSITIVES: Row[] = [
  // NHS numbers, however they are grouped
  ['Her NHS number is 943 476 5919.', [[K.NhsNumber, '943 476 5919']]],
  ['NHS no: 9434765919', [[K.NhsNumber, '9434765919']]],
  ['ref 401-023-2137 on the form', [[K.NhsNumber, '401-023-2137']]],
  ['(4505577104)', [[K.NhsNumber, '4505577104']]],
  // Dates of birth: a cue, or a year too long ago to be a programme date
  ['DOB: 12/03/1948', [[K.DateOfBirth, '12/03/1948']]],
  ['born on 3 March 1951 in Leeds', [[K.DateOfBirth, '3 March 1951']]],
  ['Date of birth 1.4.52', [[K.DateOfBirth, '1.4.52']]],
  ['She was born 21st of June 1939.', [[K.DateOfBirth, '21st of June 1939']]],
  ['birthday March 5, 1944', [[K.DateOfBirth, 'March 5, 1944']]],
  ['Referred on 14/09/1962 records', [[K.DateOfBirth, '14/09/1962']]],
  [`d.o.b. 02-02-${thisYear - 5}`, [[K.DateOfBirth, `02-02-${thisYear - 5}`]]],
  // Postcodes
  ['lives at SW1A 1AA', [[K.Postcode, 'SW1A 1AA']]],
  [
    'near M1 1AE and B33 8TH',
    [
      [K.Postcode, 'M1 1AE'],
      [K.Postcode, 'B33 8TH'],
    ],
  ],
  ['postcode cr2 6xh', [[K.Postcode, 'cr2 6xh']]],
  ['EH99 1SP', [[K.Postcode, 'EH99 1SP']]],
  // Phone numbers
  ['Call 07700 900123', [[K.PhoneNumber, '07700 900123']]],
  ['mobile +44 7700 900123 after 5', [[K.PhoneNumber, '+44 7700 900123']]],
  ['tel (020) 7946 0958', [[K.PhoneNumber, '(020) 7946 0958']]],
  ['ring 0113 496 0000', [[K.PhoneNumber, '0113 496 0000']]],
  ['01632960983', [[K.PhoneNumber, '01632960983']]],
  // Email addresses
  ['contact margaret.jones@example.org', [[K.EmailAddress, 'margaret.jones@example.org']]],
  ['j_smith+cafe@mail.co.uk.', [[K.EmailAddress, 'j_smith+cafe@mail.co.uk']]],
  // Name and age
  ['Margaret, 82, joined the memory café.', [[K.NameAndAge, 'Margaret, 82']]],
  ['John (74) loved the archive visits', [[K.NameAndAge, 'John (74)']]],
  ['Mrs Patel, aged 79, came every week', [[K.NameAndAge, 'Mrs Patel, aged 79']]],
  ['Peter Smith, 67 years old', [[K.NameAndAge, 'Peter Smith, 67 years old']]],
  ['Dr. Evans (aged 88)', [[K.NameAndAge, 'Dr. Evans (aged 88)']]],
  ['and Aisha aged 34 joined', [[K.NameAndAge, 'Aisha aged 34']]],
  // Several at once, in order
  [
    'Margaret, 82 (NHS 943 476 5919), of SW1A 1AA, phone 07700 900123',
    [
      [K.NameAndAge, 'Margaret, 82'],
      [K.NhsNumber, '943 476 5919'],
      [K.Postcode, 'SW1A 1AA'],
      [K.PhoneNumber, '07700 900123'],
    ],
  ],
];

const FALSE_POSITIVES: string[] = [
  // Numbers that are not NHS numbers or phones
  '9434765918 is a typo', // fails modulus 11
  '1234567890',
  'We reached 1,250 people across 12 sites.',
  'Order 12345678901234 arrived',
  'ISBN 978-0-14-044913-6',
  // Programme facts: weeks, sizes, scores, recent dates
  'A six-week programme for 12 participants.',
  'Week 6, 20 people came.',
  'Session 3, 14 attended; Group 2, 9 attended.',
  'Average WEMWBS score rose from 41 to 48.',
  'Warwick-Edinburgh, 14 items',
  'On 3 March 2025 we met at the museum.',
  `The pilot ran from 01/09/${thisYear - 1} to 30/11/${thisYear - 1}.`,
  'Open Monday, 10 till 4.',
  'Gallery 4, 2 floors up',
  'In May, 30 volunteers helped.',
  'Participants aged 65 and over',
  'About 40 people aged 70-85',
  // Things that look a little like postcodes, emails or phones
  'Room B12 and C3',
  'ONS4 and SWEMWBS measures',
  'The 1851 census and 1939 register',
  'Tickets £12.50',
  'a@b is not an address',
  'Version 2.0.1',
  '31/02/1950 is not a real date',
  'Call the museum on its main line',
  '',
];

describe('scanPersonalData', () => {
  it.each(TRUE_POSITIVES)('finds personal data in %j', (text, expected) => {
    const found = scanPersonalData(text);
    expect(found.map((f) => [f.kind, f.text])).toEqual(expected);
    for (const f of found) {
      expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
      expect(f.blocking).toBe(f.kind === K.NhsNumber);
    }
  });

  it.each(FALSE_POSITIVES)('finds nothing in %j', (text) => {
    expect(scanPersonalData(text)).toEqual([]);
  });

  it("finds nothing in a mention's member id, and the same digits written out are still a phone number", () => {
    // Ids whose digits read as a UK number: "02888610-859…" and "…-0123-4567-89…".
    const ids = ['02888610-8594-4abc-8def-0123456789ab', 'abcdef12-0123-4567-89ab-cdef01234567'];
    const mentions = ids.map((id) => `@[Ann Lee](/members/${id})`).join(' and ');
    expect(scanPersonalData(`Thanks ${mentions} for the handling session.`)).toEqual([]);
    expect(scanPersonalData('Ring her on 02888610 859 after the session.').map((f) => f.kind)).toEqual([K.PhoneNumber]);
    expect(scanPersonalData(`${mentions}: ring 02888610 859`).map((f) => f.text)).toEqual(['02888610 859']);
  });

  it('scans long text quickly enough to run on every save', () => {
    const text = 'Margaret, 82, came to the memory café every Tuesday. '.repeat(2000);
    expect(scanPersonalData(text)).toHaveLength(2000);
  });
});
