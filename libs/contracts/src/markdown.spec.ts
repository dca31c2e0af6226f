import { markdownToText, mentionedMemberIds, mentionMarkdown, renderMarkdown } from './markdown.js';

const ID = '0b7c5f0e-3c1a-4c55-9d1e-6f1f0c2a9b11';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: emphasis, lists, quotes, code', () => {
    const html = renderMarkdown(
      '**Conversion** of *alarm* pistols\n\n- barrel\n- slide\n\n> quoted\n\n`9mm`',
    );
    expect(html).toContain('<strong>Conversion</strong>');
    expect(html).toContain('<em>alarm</em>');
    expect(html).toContain('<li>barrel</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>9mm</code>');
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['<iframe src="https://evil.example"></iframe>'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['<svg onload=alert(1)>'],
    ['<div style="background:url(javascript:alert(1))">x</div>'],
  ])('keeps raw HTML as inert text: %s', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<(script|img|iframe|svg|div)\b/i);
    expect(html).not.toMatch(/<a [^>]*href="javascript/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['[click](javascript:alert(1))'],
    ['[click](JAVASCRIPT:alert(1))'],
    ['[click](vbscript:msgbox(1))'],
    ['[click](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('leaves links with dangerous schemes as inert text: %s', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<a\b|<img/i);
  });

  it('shows a remote image as a link, never loading it', () => {
    const html = renderMarkdown('![x](https://tracker.example/pixel.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://tracker.example/pixel.png"');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const html = renderMarkdown('See [the report](https://example.org/r) and https://example.org/x');
    expect(html).toContain('href="https://example.org/r"');
    expect(html).toMatch(/rel="noopener noreferrer nofollow"/);
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(2);
  });

  it('renders a mention as a link to the member page', () => {
    const html = renderMarkdown(`Thanks ${mentionMarkdown('Ana Pereira', ID)}!`);
    expect(html).toContain(`<a href="/members/${ID}" class="mention">Ana Pereira</a>`);
  });
});

describe('mentions', () => {
  it('finds each mentioned member once', () => {
    const other = ID.replace('0b7c', '1b7c');
    const text = `${mentionMarkdown('A', ID)} and ${mentionMarkdown('B', other)} and again ${mentionMarkdown('A', ID)}`;
    expect(mentionedMemberIds(text)).toEqual([ID, other]);
  });

  it('ignores look-alikes that are not mentions', () => {
    expect(mentionedMemberIds('mail me @ home, [x](member:not-an-id), @[x](https://e.org)')).toEqual([]);
  });

  it('keeps brackets in a name from breaking the syntax', () => {
    expect(mentionMarkdown('A [x] B', ID)).toBe(`@[A  x  B](member:${ID})`);
  });
});

describe('markdownToText', () => {
  it('gives plain text without markup, mentions as names, cut to length', () => {
    expect(markdownToText(`**Hi** ${mentionMarkdown('Ana', ID)} <b>x</b>`)).toBe('Hi @Ana <b>x</b>');
    expect(markdownToText('word '.repeat(100), 20)).toHaveLength(20);
  });
});
