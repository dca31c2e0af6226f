import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import {
  errorCode,
  errorExtensions,
  fieldProblems,
  translateFieldProblem,
  type ErrorLike,
} from '../graphql/errors';
import './FormError.css';

/**
 * Field errors of `error`, translated and keyed by field, for `<FormField error={…}>`. Loads the
 * `auth` namespace (where the messages live) with the page.
 */
export function useFieldErrors(error: ErrorLike): Record<string, string> {
  const { i18n } = useTranslation('auth');
  const language = i18n.language;
  return useMemo(() => {
    void language; // recomputed when the language changes
    const result: Record<string, string> = {};
    for (const problem of fieldProblems(error))
      result[problem.field] ??= translateFieldProblem(problem, i18n);
    return result;
  }, [error, i18n, language]);
}

export interface FormErrorProps {
  error: ErrorLike;
  /**
   * Fields whose errors the form shows next to their controls. Problems of other fields (a link's
   * token, say) are listed here instead.
   */
  shownFields?: readonly string[];
}

/**
 * What went wrong with a form, above or below it, announced at once (role=alert): a failed sign-in,
 * too many attempts (and for how long), a conflict, the api unreachable, or an unexpected error with
 * the reference to report. For invalid input it says to look at the fields. Renders nothing without
 * an error.
 */
export function FormError({ error, shownFields }: FormErrorProps) {
  const { t, i18n } = useTranslation('auth');
  const code = errorCode(error);
  if (!code) return null;
  const extensions = errorExtensions(error);

  let message: string;
  let details: string[] = [];
  switch (code) {
    case 'BAD_USER_INPUT': {
      const problems = fieldProblems(error);
      const shown = new Set(shownFields ?? []);
      details = problems
        .filter((problem) => !shown.has(problem.field))
        .map((problem) => translateFieldProblem(problem, i18n));
      message =
        problems.length > 0 && details.length < problems.length ? t('error.fields') : t('error.badInput');
      break;
    }
    case 'UNAUTHENTICATED':
      message = extensions.reason === 'signInFailed' ? t('error.signInFailed') : t('error.unauthenticated');
      break;
    case 'RATE_LIMITED': {
      const seconds = Number(extensions.retryAfterSeconds);
      message =
        Number.isFinite(seconds) && seconds > 0
          ? t('error.rateLimitedFor', {
              time: new Intl.NumberFormat(currentLanguage(i18n), {
                style: 'unit',
                unit: seconds >= 120 ? 'minute' : 'second',
                unitDisplay: 'long',
              }).format(seconds >= 120 ? Math.ceil(seconds / 60) : seconds),
            })
          : t('error.rateLimited');
      break;
    }
    case 'CONFLICT':
      message = t('error.conflict');
      break;
    case 'FORBIDDEN':
      message = t('error.forbidden');
      break;
    case 'NOT_FOUND':
      message = t('error.notFound');
      break;
    case 'NETWORK':
      message = t('error.network');
      break;
    default: {
      const reference = typeof extensions.requestId === 'string' ? extensions.requestId : null;
      message = reference ? t('error.internalWithReference', { reference }) : t('error.internal');
    }
  }

  return (
    <div className="form-error" role="alert">
      <p className="form-error__message">{message}</p>
      {details.length > 0 && (
        <ul className="form-error__details">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
