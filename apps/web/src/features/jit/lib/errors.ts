import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { JIT_MFA_REQUIRED } from '@cop/contracts';
import {
  errorCode,
  errorExtensions,
  fieldProblems,
  translateFieldProblem,
  type ErrorLike,
} from '../../identity/graphql/errors';

/** The api refused because the caller has no second factor yet (before any lookup). */
export function isMfaRequired(error: ErrorLike): boolean {
  return errorCode(error) === 'FORBIDDEN' && errorExtensions(error).reason === JIT_MFA_REQUIRED;
}

/** Missing, never existed, or not a member: the api answers all of them alike. */
export function isNotFound(error: ErrorLike): boolean {
  return errorCode(error) === 'NOT_FOUND';
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The server's field errors, translated and keyed by field (`name`, `countries`, `memberId`…).
 * Codes the workspaces know (`lastLeader`…) read from `jit:fieldError`; the general ones from the
 * membership texts.
 */
export function useJitFieldErrors(error: ErrorLike): Record<string, string> {
  const { i18n } = useTranslation(['jit', 'auth']);
  const language = i18n.language;
  return useMemo(() => {
    void language;
    const result: Record<string, string> = {};
    for (const problem of fieldProblems(error)) {
      const key = `jit:fieldError.${problem.code}`;
      const field = problem.field.replace(/^(input|tracing)\./, '');
      result[field] ??= i18n.exists(key)
        ? (i18n.t as unknown as Translate)(key, problem.params)
        : translateFieldProblem(problem, i18n);
    }
    return result;
  }, [error, i18n, language]);
}

/** A translated sentence for a failed change (the form keeps what was typed). */
export function useJitProblem(): (error: ErrorLike) => string {
  const { t } = useTranslation('jit');
  return (error) => {
    const code = errorCode(error);
    const message = error && 'graphQLErrors' in error ? (error.graphQLErrors[0]?.message ?? '') : '';
    if (code === 'CONFLICT') {
      if (/sealed/i.test(message)) return t('error.sealed');
      if (/closed/i.test(message)) return t('error.closed');
      if (/note/i.test(message)) return t('error.noteConflict');
      return t('error.conflict');
    }
    if (code === 'FORBIDDEN') {
      if (/leader/i.test(message)) return t('error.leaderOnly');
      return t('error.forbidden');
    }
    if (code === 'BAD_USER_INPUT') return t('error.input');
    if (code === 'NETWORK') return t('error.network');
    return t('error.generic');
  };
}
