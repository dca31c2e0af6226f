import { useTranslation } from 'react-i18next';
import { useMarkdown } from '../../discussions/lib/markdown';

/** Markdown shown as the discussions show it: the shared renderer (no raw HTML, then sanitized). */
export function MarkdownView({ source }: { source: string }) {
  const { t } = useTranslation();
  const markdown = useMarkdown(true);
  if (!markdown) {
    return (
      <p role="status" className="jit-muted">
        {t('app.loading')}
      </p>
    );
  }
  // renderMarkdown is the server's renderer: markdown-it without raw HTML, then sanitize-html.
  return (
    <div
      className="discussions-prose"
      dir="auto"
      dangerouslySetInnerHTML={{ __html: markdown.renderMarkdown(source) }}
    />
  );
}
