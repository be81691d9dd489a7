// Quoting: the Markdown the composer inserts, and reading quoted lines back for the personal-data guard.
import { PersonalDataKind as K, scanNewPersonalData } from './personal-data';
import { escapeMarkdownText, quotedLines, quotePost, unquoteLine, withoutShownQuotes } from './quoting';

const THREAD = '6f1c2a52-4a8e-4d43-9d7e-0a4b7c1d2e3f';

describe('quotePost', () => {
  it('starts with the author and number, linked to the post, then quotes every line', () => {
    expect(
      quotePost({ threadId: THREAD, number: 4, authorName: 'Priya Shah', body: 'First line\n\n> earlier\nLast\n\n' }),
    ).toBe(`> [Priya Shah wrote (#4)](/threads/${THREAD}?post=4):\n>\n> First line\n>\n> > earlier\n> Last`);
  });

  it('escapes a name that would otherwise be read as Markdown', () => {
    expect(escapeMarkdownText('Jo [admin] *Smith*_(x)')).toBe('Jo \\[admin\\] \\*Smith\\*\\_\\(x\\)');
    expect(quotePost({ threadId: THREAD, number: 2, authorName: '](javascript:x)', body: 'Hi' })).toBe(
      `> [\\]\\(javascript:x\\) wrote (#2)](/threads/${THREAD}?post=2):\n>\n> Hi`,
    );
  });
});

describe('quoted lines', () => {
  it.each([
    ['> a', 'a'],
    ['>a', 'a'],
    ['   > a', 'a'],
    ['> > a', '> a'],
    ['>', ''],
    ['>  two spaces', ' two spaces'],
    ['    > code, not a quote', null],
    ['a > b', null],
    ['plain', null],
  ])('%j → %j', (line, text) => {
    expect(unquoteLine(line)).toBe(text);
  });

  it('lists the distinct texts of quoted lines, without blank ones', () => {
    expect(quotedLines('> a\n>\nnew\n> b\n> a\n> > c')).toEqual(['a', 'b', '> c']);
  });

  it('blanks only the quoted lines shown, keeping every offset', () => {
    const body = '> SW1A 1AA\nSW1A 1AA\n> M1 1AE';
    const blanked = withoutShownQuotes(body, new Set(['SW1A 1AA']));
    expect(blanked).toBe('>         \nSW1A 1AA\n> M1 1AE');
    expect(blanked).toHaveLength(body.length);
  });
});

type Row = [name: string, body: string, shown: string[], expected: [K, string][]];

// What still needs the author's confirmation when the lines in `shown` already stand in the thread.
const ROWS: Row[] = [
  ['a quoted postcode already shown', '> Meet at SW1A 1AA\n\nThanks!', ['Meet at SW1A 1AA'], []],
  [
    'a quoted date of birth already shown',
    '> [Priya Shah wrote (#4)](/threads/x?post=4):\n>\n> Born 03/04/1941, she led the walk.',
    ['Born 03/04/1941, she led the walk.'],
    [],
  ],
  [
    'the same postcode typed as new text',
    '> Meet at SW1A 1AA\n\nI live near SW1A 1AA',
    ['Meet at SW1A 1AA'],
    [[K.Postcode, 'SW1A 1AA']],
  ],
  ['a quoted line not shown (changed)', '> Meet at SW1A 1AB', ['Meet at SW1A 1AA'], [[K.Postcode, 'SW1A 1AB']]],
  ['the text unquoted', 'Meet at SW1A 1AA', ['Meet at SW1A 1AA'], [[K.Postcode, 'SW1A 1AA']]],
  ['nothing shown', '> Meet at SW1A 1AA', [], [[K.Postcode, 'SW1A 1AA']]],
  [
    'an NHS number, even quoted and shown: everything is found',
    '> NHS 943 476 5919\n> Meet at SW1A 1AA',
    ['NHS 943 476 5919', 'Meet at SW1A 1AA'],
    [
      [K.NhsNumber, '943 476 5919'],
      [K.Postcode, 'SW1A 1AA'],
    ],
  ],
];

describe('scanNewPersonalData', () => {
  it.each(ROWS)('%s', (_name, body, shown, expected) => {
    expect(scanNewPersonalData(body, new Set(shown)).map((f) => [f.kind, f.text])).toEqual(expected);
  });
});
