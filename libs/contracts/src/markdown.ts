import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → safe HTML, the same code on the server (stored rendering) and in the browser (live
 * preview). Two layers: markdown-it with raw HTML off (a `<script>` in the text stays text), then
 * sanitize-html with an allow-list of tags, attributes and URL schemes, so even a parser bug cannot
 * let markup through. Links open with rel="noopener noreferrer nofollow" in a new tab; images are
 * not rendered (attachments carry pictures, and a remote image would leak who reads a thread).
 * A mention is written `@[Name](member:<uuid>)` and becomes a link to the member's page.
 */

export const MENTION_PATTERN =
  /@\[([^\]\n]{1,120})\]\(member:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** The member ids mentioned in a Markdown text, each once, in order of first mention. */
export function mentionedMemberIds(markdown: string): string[] {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(MENTION_PATTERN)) ids.add(match[2]!.toLowerCase());
  return [...ids];
}

/** Writes a mention in the form the renderer and mentionedMemberIds understand. */
export function mentionMarkdown(name: string, memberId: string): string {
  const safe = name.replace(/[[\]\n]/g, ' ').trim() || 'member';
  return `@[${safe}](member:${memberId})`;
}

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  const mention = /^member:([0-9a-f-]{36})$/i.exec(href);
  if (mention) {
    token.attrSet('href', `/members/${mention[1]!.toLowerCase()}`);
    token.attrSet('class', 'mention');
    // The "@" before the bracket stays in the text before the link; that is how it reads.
  } else {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer nofollow');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target', 'class'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
  },
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
  },
  allowedClasses: { a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const result: sanitizeHtml.Attributes = href.startsWith('/members/')
        ? { href, class: 'mention' }
        : { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' };
      return { tagName, attribs: result };
    },
  },
};

/** Sanitized HTML for a Markdown text. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE);
}

/** Plain text of a Markdown text, for excerpts and notifications (no markup at all). */
export function markdownToText(markdown: string, max = 280): string {
  const text = sanitizeHtml(md.render(markdown.replace(MENTION_PATTERN, '@$1')), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
