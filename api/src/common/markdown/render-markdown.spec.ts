import { LINK_REL, renderMarkdown } from './render-markdown';

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h3',
  'h4',
  'hr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'div',
]);

/** The only div: the scrolling region renderMarkdown itself puts around a table. */
const TABLE_WRAPPER = /^ class="table-scroll" role="region" aria-label="[^"<>]*" tabindex="0"$/;

/** Every tag in the output is allowed, only links carry attributes, and every link is safe. */
function expectSafe(html: string): void {
  for (const [, closing, name, attributes] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS).toContain(name.toLowerCase());
    if (closing) continue;
    const names = [...attributes.matchAll(/([^\s=/]+)="[^"]*"/g)].map((m) => m[1].toLowerCase());
    // Nothing but well-formed, double-quoted attributes.
    expect(attributes.replace(/([^\s=/]+)="[^"]*"/g, '').replace(/[\s/]/g, '')).toBe('');
    if (name === 'div') {
      expect(attributes).toMatch(TABLE_WRAPPER);
    } else if (name === 'th') {
      expect(attributes).toMatch(/^( scope="(col|row)")?$/);
    } else if (name === 'a') {
      expect(names.every((n) => n === 'href' || n === 'rel')).toBe(true);
      expect(attributes).toContain(`rel="${LINK_REL}"`);
      const href = /href="([^"]*)"/.exec(attributes)?.[1];
      if (href !== undefined) expect(href).toMatch(/^(https?:\/\/|mailto:|\/(?!\/)|#)/);
    } else {
      expect(names).toEqual([]);
    }
  }
  expect(html).not.toMatch(/<(script|style|iframe|img|svg|object|embed|form|input|meta|base|textarea)/i);
}

describe('renderMarkdown', () => {
  it.each<[string, string, string]>([
    ['a paragraph', 'Hello, heritage.', '<p>Hello, heritage.</p>'],
    ['strong and emphasis', '**strong** and _em_', '<p><strong>strong</strong> and <em>em</em></p>'],
    ['line breaks (GitHub comment style)', 'one\ntwo', '<p>one<br />two</p>'],
    ['paragraphs', 'one\n\ntwo', '<p>one</p>\n<p>two</p>'],
    ['a bulleted list', '- walks\n- archives', '<ul>\n<li>walks</li>\n<li>archives</li>\n</ul>'],
    ['a numbered list', '1. first\n2. second', '<ol>\n<li>first</li>\n<li>second</li>\n</ol>'],
    ['a quotation', '> Heritage helps.', '<blockquote>\n<p>Heritage helps.</p>\n</blockquote>'],
    ['inline code', 'use `npm test`', '<p>use <code>npm test</code></p>'],
    [
      'a code block, without its language class',
      '```js\nlet a = 1 < 2;\n```',
      '<pre><code>let a = 1 &lt; 2;\n</code></pre>',
    ],
    ['a rule', 'above\n\n---\n\nbelow', '<p>above</p>\n<hr />\n<p>below</p>'],
    ['h1 and h2 as h3', '# Title\n\n## Part', '<h3>Title</h3>\n<h3>Part</h3>'],
    ['h3 and h4 as they are', '### Three\n\n#### Four', '<h3>Three</h3>\n<h4>Four</h4>'],
    ['h5 and h6 as h4', '##### Five\n\n###### Six', '<h4>Five</h4>\n<h4>Six</h4>'],
    [
      'a link',
      '[Historic England](https://historicengland.org.uk "Title")',
      `<p><a href="https://historicengland.org.uk" rel="${LINK_REL}">Historic England</a></p>`,
    ],
    [
      'a bare URL (GitHub autolink)',
      'See https://example.org/walks',
      `<p>See <a href="https://example.org/walks" rel="${LINK_REL}">https://example.org/walks</a></p>`,
    ],
    [
      'a mailto link',
      '[Email me](mailto:ada@example.org)',
      `<p><a href="mailto:ada@example.org" rel="${LINK_REL}">Email me</a></p>`,
    ],
    ['a link within the site', '[Events](/events)', `<p><a href="/events" rel="${LINK_REL}">Events</a></p>`],
    ['an image as its alt text', '![A castle at dusk](https://example.org/c.png)', '<p>A castle at dusk</p>'],
    ['HTML b and i as strong and em', '<b>b</b> <i>i</i>', '<p><strong>b</strong> <em>i</em></p>'],
    ['special characters, escaped', 'Fish & chips < 5 "quid"', '<p>Fish &amp; chips &lt; 5 "quid"</p>'],
    ['empty input', '', ''],
    ['blank input', '  \n\n ', ''],
  ])('renders %s', (_name, source, html) => {
    expect(renderMarkdown(source)).toBe(html);
    expectSafe(renderMarkdown(source));
  });

  it.each<[string, string, string]>([
    ['a script tag', '<script>alert(1)</script>Hello', 'Hello'],
    ['a script tag in a paragraph', 'Hi <script>alert(1)</script> there', '<p>Hi  there</p>'],
    ['an upper-case script tag', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok', 'ok'],
    ['an img onerror', '<img src=x onerror=alert(1)>', ''],
    ['an onerror attribute on an allowed tag', '<p onerror="alert(1)" onclick="alert(2)">text</p>', '<p>text</p>'],
    ['a style attribute', '<p style="position:fixed;inset:0">cover</p>', '<p>cover</p>'],
    ['a style element', '<style>body{display:none}</style>after', 'after'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', ''],
    ['an iframe with content', '<iframe src="https://evil.example">inner text</iframe>', ''],
    ['an object', '<object data="https://evil.example/x.swf"></object>', ''],
    ['an embed', '<embed src="https://evil.example/x.swf">', ''],
    ['an svg with script', '<svg onload=alert(1)><script>alert(1)</script></svg>', '<p></p>'],
    ['a form', '<form action="https://evil.example"><input name="password"><button>Go</button></form>', 'Go'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ''],
    ['a base tag', '<base href="https://evil.example/">', ''],
    ['a javascript: Markdown link', '[click](javascript:alert(1))', `<p><a rel="${LINK_REL}">click</a></p>`],
    ['a mixed-case javascript: link', '[click](JaVaScRiPt:alert(1))', `<p><a rel="${LINK_REL}">click</a></p>`],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">click</a>',
      `<p><a rel="${LINK_REL}">click</a></p>`,
    ],
    [
      'a hex-entity javascript: link with &colon;',
      '<a href="&#x6A;avascript&colon;alert(1)">click</a>',
      `<p><a rel="${LINK_REL}">click</a></p>`,
    ],
    [
      'a javascript: link with a tab',
      '<a href="java\tscript:alert(1)">click</a>',
      `<p><a rel="${LINK_REL}">click</a></p>`,
    ],
    [
      'a javascript: link with leading space',
      '<a href="  javascript:alert(1)">click</a>',
      `<p><a rel="${LINK_REL}">click</a></p>`,
    ],
    ['an angle-bracket javascript: link', '[click](<javascript:alert(1)>)', `<p><a rel="${LINK_REL}">click</a></p>`],
    ['a javascript: reference link', '[click][x]\n\n[x]: javascript:alert(1)', `<p><a rel="${LINK_REL}">click</a></p>`],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">click</a>', `<p><a rel="${LINK_REL}">click</a></p>`],
    [
      'a data: URL link',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      `<p><a rel="${LINK_REL}">click</a></p>`,
    ],
    ['a data: URL image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', '<p>x</p>'],
    ['a protocol-relative link', '<a href="//evil.example">click</a>', `<p><a rel="${LINK_REL}">click</a></p>`],
    [
      'a link that sets target and rel itself',
      '<a href="https://example.org" target="_blank" rel="opener">ok</a>',
      `<p><a href="https://example.org" rel="${LINK_REL}">ok</a></p>`,
    ],
    [
      'an attribute breaking out of quotes',
      '[x](https://example.org/"onmouseover="alert(1))',
      `<p><a href="https://example.org/%22onmouseover=%22alert(1)" rel="${LINK_REL}">x</a></p>`,
    ],
    ['an HTML comment', '<!-- <script>alert(1)</script> -->visible', 'visible'],
    ['raw HTML block', '<div class="x" id="y">div text</div>', 'div text'],
    ['a textarea', '<textarea><script>alert(1)</script></textarea>', ''],
    [
      'an image whose alt text is markup',
      '![<img src=x onerror=alert(1)>](https://example.org/a.png)',
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    ],
    ['a javascript: image', '![x](javascript:alert(1))', '<p>x</p>'],
  ])('neutralises %s', (_name, source, html) => {
    const out = renderMarkdown(source);
    expectSafe(out);
    if (html) expect(out).toBe(html);
  });

  describe('tables', () => {
    const wrap = (label: string, inner: string) =>
      `<div class="table-scroll" role="region" aria-label="${label}" tabindex="0"><table>\n${inner}</table></div>`;

    it('keeps a GFM table, with column headers scoped to their columns', () => {
      const out = renderMarkdown(
        '| Measure | Before | After |\n| --- | --: | --: |\n| Visits | 2 | 5 |\n| Mood | low | good |',
      );
      expect(out).toBe(
        wrap(
          'Table',
          '<thead>\n<tr><th scope="col">Measure</th><th scope="col">Before</th><th scope="col">After</th></tr>\n</thead>\n' +
            '<tbody>\n<tr><td>Visits</td><td>2</td><td>5</td></tr>\n<tr><td>Mood</td><td>low</td><td>good</td></tr>\n</tbody>\n',
        ),
      );
      expectSafe(out);
    });

    it('makes the first column row headers when the top-left header cell is empty', () => {
      const out = renderMarkdown('| | Before | After |\n|---|---|---|\n| Visits | 2 | 5 |');
      expect(out).toContain('<tr><td></td><th scope="col">Before</th><th scope="col">After</th></tr>');
      expect(out).toContain('<tr><th scope="row">Visits</th><td>2</td><td>5</td></tr>');
      expectSafe(out);
    });

    it.each([
      ['directly above', 'Table: Sessions *before* and after\n| A | B |\n|---|---|\n| 1 | 2 |'],
      ['above, after a blank line', 'Table: Sessions *before* and after\n\n| A | B |\n|---|---|\n| 1 | 2 |'],
      ['below', '| A | B |\n|---|---|\n| 1 | 2 |\n\nTable: Sessions *before* and after'],
    ])('takes a `Table: …` line %s as the caption, and names the scrolling region with it', (_where, source) => {
      const out = renderMarkdown(`Intro.\n\n${source}\n\nOutro.`);
      expect(out).toBe(
        '<p>Intro.</p>\n' +
          wrap(
            'Sessions before and after',
            '<caption>Sessions <em>before</em> and after</caption>\n' +
              '<thead>\n<tr><th scope="col">A</th><th scope="col">B</th></tr>\n</thead>\n' +
              '<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n',
          ) +
          '\n<p>Outro.</p>',
      );
      expectSafe(out);
    });

    it('leaves a `Table:` paragraph that is not next to a table as text', () => {
      expect(renderMarkdown('Table: of contents\n\nNo table here.')).toBe(
        '<p>Table: of contents</p>\n<p>No table here.</p>',
      );
    });

    it.each<[string, string, string]>([
      ['a script in a cell', '| a |\n|---|\n| <script>alert(1)</script>x |', '<td>x</td>'],
      ['an img onerror in a header', '| <img src=x onerror=alert(1)>h |\n|---|\n| 1 |', '<th scope="col">h</th>'],
      [
        'a javascript: link in a cell',
        '| a |\n|---|\n| [go](javascript:alert(1)) |',
        `<td><a rel="${LINK_REL}">go</a></td>`,
      ],
      [
        'a caption breaking out of the region label',
        'Table: x" onfocus="alert(1)\n| a |\n|---|\n| 1 |',
        'aria-label="x&quot; onfocus=&quot;alert(1)"',
      ],
      ['a script in a caption', 'Table: <script>alert(1)</script>Safe\n| a |\n|---|\n| 1 |', '<caption>Safe</caption>'],
      [
        'raw table HTML with scripted attributes',
        '<table onclick="alert(1)"><tr><th scope="javascript:x" onmouseover="alert(1)">h</th><td style="position:fixed">d</td></tr></table>',
        '<tr><th>h</th><td>d</td></tr>',
      ],
      [
        'a forged scrolling wrapper',
        '<div class="table-scroll" role="region" tabindex="0" onfocus="alert(1)">x</div>',
        'x',
      ],
    ])('neutralises %s', (_name, source, fragment) => {
      const out = renderMarkdown(source);
      expectSafe(out);
      expect(out).toContain(fragment);
      const tags = (out.match(/<[^>]*>/g) ?? []).join('').replace(/"[^"]*"/g, '""'); // names, not values
      expect(tags).not.toMatch(/\son\w+=|javascript:|style=|<script/i);
    });
  });
});
