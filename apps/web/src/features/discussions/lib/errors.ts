import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblems, translateFieldProblem, type ErrorLike } from '../../identity/graphql/errors';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The server's field errors, translated and keyed by field (`title`, `body`, `tags`…), for
 * `<FormField error={…}>`. Codes the discussions know (`slugTaken`, `unknownCategory`…) read from
 * this namespace; the general ones (`isLength`, `arrayMaxSize`…) from the membership texts.
 */
export function useDiscussionFieldErrors(error: ErrorLike): Record<string, string> {
  const { i18n } = useTranslation(['discussions', 'auth']);
  const language = i18n.language;
  return useMemo(() => {
    void language; // recomputed when the language changes
    const result: Record<string, string> = {};
    for (const problem of fieldProblems(error)) {
      const key = `discussions:fieldError.${problem.code}`;
      const field = problem.field === 'attachmentIds' ? 'attachments' : problem.field;
      result[field] ??= i18n.exists(key)
        ? (i18n.t as unknown as Translate)(key, problem.params)
        : translateFieldProblem(problem, i18n);
    }
    return result;
  }, [error, i18n, language]);
}
