import type { LegalRequestDetailFieldsFragment } from '../../../graphql/generated/graphql';
import { EMPTY_TRACE, TRACE_FIELDS, type RequestDraft } from '../components/RequestFields';
import { isIsoDay, orNull } from './dates';

export function emptyRequest(myCountry: string): RequestDraft {
  return {
    type: 'MLA',
    subject: '',
    requestingCountry: myCountry,
    requestingAuthority: '',
    requestedCountry: '',
    requestedAuthority: '',
    requestingReference: '',
    requestedReference: '',
    draftedOn: '',
    sentOn: '',
    acknowledgedOn: '',
    dueOn: '',
    answeredOn: '',
    responsibleId: '',
    tracing: { ...EMPTY_TRACE },
  };
}

export function requestDraftOf(request: LegalRequestDetailFieldsFragment): RequestDraft {
  const tracing = { ...EMPTY_TRACE };
  for (const key of TRACE_FIELDS) tracing[key] = request.tracing?.[key] ?? '';
  return {
    type: request.type,
    subject: request.subject,
    requestingCountry: request.requestingCountry,
    requestingAuthority: request.requestingAuthority ?? '',
    requestedCountry: request.requestedCountry,
    requestedAuthority: request.requestedAuthority ?? '',
    requestingReference: request.requestingReference ?? '',
    requestedReference: request.requestedReference ?? '',
    draftedOn: request.draftedOn ?? '',
    sentOn: request.sentOn ?? '',
    acknowledgedOn: request.acknowledgedOn ?? '',
    dueOn: request.dueOn ?? '',
    answeredOn: request.answeredOn ?? '',
    responsibleId: request.responsible?.id ?? '',
    tracing,
  };
}

export type RequestProblem = 'required' | 'date';

export function validateRequest(draft: RequestDraft, creating: boolean): Record<string, RequestProblem> {
  const problems: Record<string, RequestProblem> = {};
  if (!draft.subject.trim()) problems.subject = 'required';
  if (creating && !draft.requestingCountry) problems.requestingCountry = 'required';
  if (creating && !draft.requestedCountry) problems.requestedCountry = 'required';
  for (const key of ['draftedOn', 'sentOn', 'acknowledgedOn', 'dueOn', 'answeredOn'] as const) {
    if (draft[key] && !isIsoDay(draft[key])) problems[key] = 'date';
  }
  return problems;
}

export function tracingInput(draft: RequestDraft) {
  if (draft.type !== 'TRACING') return null;
  const entries = TRACE_FIELDS.map((key) => [key, orNull(draft.tracing[key])] as const);
  return Object.fromEntries(entries) as Record<(typeof TRACE_FIELDS)[number], string | null>;
}
