import { mentionMarkdown } from '@cop/contracts/markdown';
import { pdf } from '../../test/fixtures/files.js';
import { createCategory, reply, startThread, uploadFile } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Script in anything a member types: titles, tags and case references come back as the exact
 * plain text (the web renders them as text), Markdown bodies come back as HTML with nothing that
 * can run, search highlights are plain text parts, and a file downloads as an attachment under an
 * encoded name.
 */

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<iframe src=javascript:alert(1)>',
];

/** Markdown that tries every way to get a script or a javascript: link into the HTML. */
const HOSTILE_BODY = [
  'Alert payloads below.',
  ...PAYLOADS,
  '[click me](javascript:alert(1))',
  '[mixed case](JaVaScRiPt:alert(1))',
  '[entity](&#106;avascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">raw link</a>',
  '![pixel](https://tracker.example/p.png)',
  'javascript:alert(1)',
  '<div onmouseover="alert(1)">hover</div>',
  '`<script>alert(1)</script>` in code',
  '```\n<script>alert(1)</script>\n```',
].join('\n\n');

const TAGS = new Set([
  'p',
  'br',
  'hr',
  'strong',
  'em',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/**
 * Asserts that an HTML fragment has nothing that runs. Every `<` of the sanitizer's output starts a
 * tag (text is escaped as `&lt;`), so each tag is checked: its name is on the allow-list, no
 * attribute is an event handler, and every link goes to http(s), mailto or a portal path.
 */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<\s*(script|img|svg|iframe|object|embed|style|div|math|form|input)\b/i);
  for (const [, closing, name, attributes] of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    expect({ tag: name!.toLowerCase(), allowed: TAGS.has(name!.toLowerCase()) }).toEqual({
      tag: name!.toLowerCase(),
      allowed: true,
    });
    if (closing) continue;
    expect(attributes).not.toMatch(/(^|\s)on\w+\s*=/i);
    for (const [, href] of attributes!.matchAll(/href="([^"]*)"/g)) {
      expect(href).toMatch(/^(https?:\/\/|mailto:|\/members\/)/);
    }
    expect(attributes).not.toMatch(/javascript:|data:|vbscript:/i);
  }
}

const THREAD = `query T($id: ID!) { discussionThread(id: $id) {
  title tags caseReference
  opening { bodyHtml }
  posts(first: 50) { items { id body bodyHtml replyTo { excerpt } attachments { id name downloadUrl } } }
} }`;
const SEARCH = `query S($q: String!) { discussionSearch(query: $q, first: 50) {
  items { thread { id title } post { id } title { text match } excerpt { text match } } } }`;

describe('script in what members write', () => {
  let t: TestApp;
  let author: TestMember;
  let reader: TestMember;
  let a: TestAgent;
  let b: TestAgent;
  let category: string;

  beforeAll(async () => {
    t = await createTestApp();
    author = await createMember(t, { fullName: 'Ines Moreau' });
    reader = await createMember(t, { fullName: 'Olu Adeyemi' });
    a = await signIn(t, author);
    b = await signIn(t, reader);
    category = await createCategory(t, 'Cyber-enabled trafficking');
  });
  afterAll(() => t.close());

  it.each(PAYLOADS)(
    'keeps %s in a title, tags and case reference as the exact plain text',
    async (payload) => {
      const title = `Seizure ${payload} report`;
      const thread = await startThread(a, category, {
        title,
        body: 'See the title.',
        tags: [payload, 'firearms'],
      });
      await a.gql(`mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { id } }`, {
        input: { postId: thread.openingId, body: 'See the title.', caseReference: `Case ${payload}` },
      });
      const res = await b.gql(THREAD, { id: thread.id });
      expect(res.body.errors).toBeUndefined();
      const data = res.body.data.discussionThread;
      expect(data.title).toBe(title);
      expect(data.tags).toEqual([payload, 'firearms']);
      expect(data.caseReference).toBe(`Case ${payload}`);
      // The API answers JSON, never HTML a browser could render.
      expect(res.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);

      const list = await b.gql(
        `query L($tag: String) { discussionThreads(filter: { tag: $tag }) { items { id title tags } } }`,
        { tag: payload },
      );
      expect(list.body.data.discussionThreads.items).toEqual([
        { id: thread.id, title, tags: [payload, 'firearms'] },
      ]);
    },
  );

  it('renders a hostile Markdown body, reply and edit as HTML with nothing that runs', async () => {
    const thread = await startThread(a, category, { title: 'Hostile markup', body: HOSTILE_BODY });
    const mention = mentionMarkdown('<img src=x onerror=alert(1)>', reader.id);
    const replyId = await reply(b, thread.id, `${HOSTILE_BODY}\n\n${mention}`, thread.openingId);
    const edited = await b.gql(
      `mutation E($input: EditPostInput!) { editDiscussionPost(input: $input) { bodyHtml } }`,
      { input: { postId: replyId, body: `${HOSTILE_BODY}\n\nedited` } },
    );
    expectInert(edited.body.data.editDiscussionPost.bodyHtml);

    const data = (await a.gql(THREAD, { id: thread.id })).body.data.discussionThread;
    expectInert(data.opening.bodyHtml);
    for (const post of data.posts.items) {
      expectInert(post.bodyHtml);
      // The Markdown source comes back unchanged, for the editor.
      expect(post.body).toContain('<script>alert(1)</script>');
    }
    // What the member wrote is still there, as text.
    expect(data.opening.bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(data.opening.bodyHtml).toContain('<a href="https://tracker.example/p.png"');
    // The quoted excerpt of the post answered is plain text, not markup.
    const excerpt = data.posts.items[1].replyTo.excerpt as string;
    expect(excerpt).toContain('<script>alert(1)</script>');
    expect(excerpt).not.toMatch(/&lt;|&gt;|<p>|<a /);

    // A Markdown link with a safe scheme still works (the sanitizer is not just dropping links).
    const ok = await reply(a, thread.id, '[the report](https://justice.example/report)');
    const okPost = (await a.gql(`query P($id: ID!) { discussionPost(id: $id) { bodyHtml } }`, { id: ok }))
      .body.data.discussionPost;
    expect(okPost.bodyHtml).toContain('href="https://justice.example/report"');
    expect(okPost.bodyHtml).toContain('rel="noopener noreferrer nofollow"');
  });

  it('answers search highlights as plain text parts around the matching words', async () => {
    const title = 'Trafficking <script>alert(1)</script> onerror forum';
    const thread = await startThread(a, category, {
      title,
      body: 'Listing said <img src=x onerror=alert(1)> then "><svg onload=alert(1)> twice.',
    });
    const res = await b.gql(SEARCH, { q: 'onerror' });
    expect(res.body.errors).toBeUndefined();
    const hits = (
      res.body.data.discussionSearch.items as {
        thread: { id: string; title: string };
        post: { id: string } | null;
        title: { text: string; match: boolean }[];
        excerpt: { text: string; match: boolean }[];
      }[]
    ).filter((h) => h.thread.id === thread.id);
    const titleHit = hits.find((h) => h.post === null)!;
    const postHit = hits.find((h) => h.post !== null)!;
    expect(titleHit).toBeDefined();
    expect(postHit).toBeDefined();
    for (const hit of [titleHit, postHit]) {
      // The parts join back into the very text written: no markup added, nothing escaped.
      expect(hit.title.map((p) => p.text).join('')).toBe(title);
      expect(hit.title.filter((p) => p.match).map((p) => p.text)).toEqual(['onerror']);
    }
    const excerpt = postHit.excerpt.map((p) => p.text).join('');
    // (Markdown punctuation such as `>` is dropped from excerpts; the rest is the text as written.)
    expect(excerpt).toContain('<img src=x onerror=alert(1)');
    expect(excerpt).not.toMatch(/&lt;|&gt;|<b>|<\/b>/);
    expect(postHit.excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(['onerror']);
  });

  it.each([
    '"><svg onload=alert(1)>.pdf',
    '<img src=x onerror=alert(1)>.pdf',
    'report <b onmouseover=alert(1)>.pdf',
  ])('downloads a file named %s as an attachment under an encoded name, never sniffed', async (filename) => {
    const file = await uploadFile(a, pdf('evidence'), filename);
    expect(file.name).toBe(filename);
    const thread = await startThread(a, category, { title: 'With a file', attachmentIds: [file.id] });
    const data = (await b.gql(THREAD, { id: thread.id })).body.data.discussionThread;
    const [attachment] = data.posts.items[0].attachments;
    expect(attachment).toEqual({ id: file.id, name: file.name, downloadUrl: `/api/files/${file.id}` });

    const download = await b.agent.get(attachment.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = download.headers['content-disposition'] as string;
    expect(disposition.startsWith('attachment; ')).toBe(true);
    const [, fallback, encoded] = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(\S+)$/.exec(
      disposition,
    )!;
    expect(fallback).not.toMatch(/[<>"\\%]/);
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!$&+,;=@-]+$/);
    expect(decodeURIComponent(encoded!)).toBe(file.name);
  });
});
