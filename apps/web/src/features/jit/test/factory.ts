import type {
  JitCustodyEventFieldsFragment,
  JitEvidenceFieldsFragment,
  JitWorkspaceFieldsFragment,
  LegalRequestDetailFieldsFragment,
} from '../../../graphql/generated/graphql';

/** Test data for JIT workspaces, shaped like the api's answers: synthetic people and cases. */

/** The signed-in member of test/graphql's fakeViewer. */
export const amina = { id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01', fullName: 'Amina Diallo' };
export const jonas = { id: '33333333-3333-4333-8333-333333333333', fullName: 'Jonas Berg' };
export const olga = { id: '44444444-4444-4444-8444-444444444444', fullName: 'Olga Petrova' };

export const WORKSPACE_ID = 'a0000000-0000-4000-8000-0000000000a1';
export const EVIDENCE_ID = 'e0000000-0000-4000-8000-0000000000e1';
export const REQUEST_ID = 'f0000000-0000-4000-8000-0000000000f1';

export function workspaceFactory(
  overrides: Partial<JitWorkspaceFieldsFragment> = {},
): JitWorkspaceFieldsFragment {
  return {
    id: WORKSPACE_ID,
    name: 'Operation Northern Corridor',
    reference: 'JIT-2026-014',
    countries: ['SN', 'SE'],
    status: 'ACTIVE',
    myRole: 'LEADER',
    myCountry: 'SN',
    updatedAt: '2026-11-20T10:00:00.000Z',
    counts: { members: 2, evidence: 1, openRequests: 1, overdueRequests: 0, openTasks: 0 },
    purpose: 'Trafficking of converted pistols through the northern corridor.',
    agreementSignedOn: '2026-03-01',
    agreementEndsOn: '2027-03-01',
    phaseNote: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    canWrite: true,
    canManage: true,
    missingLeaderCountries: [],
    channelId: 'c0000000-0000-4000-8000-0000000000c1',
    members: [
      { role: 'LEADER', country: 'SN', addedAt: '2026-03-02T09:00:00.000Z', member: amina },
      { role: 'LEADER', country: 'SE', addedAt: '2026-03-03T09:00:00.000Z', member: jonas },
    ],
    extensions: [],
    ...overrides,
  };
}

/** The workspace as an observer sees it. */
export function observerWorkspace(overrides: Partial<JitWorkspaceFieldsFragment> = {}) {
  return workspaceFactory({ myRole: 'OBSERVER', canWrite: false, canManage: false, ...overrides });
}

export function evidenceFactory(
  overrides: Partial<JitEvidenceFieldsFragment> = {},
): JitEvidenceFieldsFragment {
  return {
    id: EVIDENCE_ID,
    workspaceId: WORKSPACE_ID,
    number: 1,
    title: 'Seizure report, Dakar port',
    description: null,
    type: 'FORENSIC_REPORT',
    originCountry: 'SN',
    collectedBy: 'Port police',
    collectedAt: null,
    legalBasis: null,
    classification: 'JIT RESTRICTED',
    sealed: false,
    sealedAt: null,
    integrity: 'UNVERIFIED',
    lastVerifiedAt: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    file: {
      name: 'seizure-report.pdf',
      contentType: 'application/pdf',
      size: 2048,
      sha256: 'ab'.repeat(32),
      downloadUrl: `/api/jit/evidence/${EVIDENCE_ID}/file`,
    },
    custodian: jonas,
    sealedBy: null,
    createdBy: jonas,
    ...overrides,
  };
}

export function custodyFactory(
  overrides: Partial<JitCustodyEventFieldsFragment> = {},
): JitCustodyEventFieldsFragment {
  return {
    id: `ce-${Math.random().toString(16).slice(2)}`,
    evidenceId: EVIDENCE_ID,
    evidenceNumber: 1,
    evidenceTitle: 'Seizure report, Dakar port',
    action: 'UPLOADED',
    at: '2026-11-01T08:00:00.000Z',
    sessionRef: '1a2b3c4d5e6f',
    fields: null,
    sha256: null,
    format: null,
    reason: null,
    actor: jonas,
    fromMember: null,
    toMember: null,
    ...overrides,
  };
}

export function requestFactory(
  overrides: Partial<LegalRequestDetailFieldsFragment> = {},
): LegalRequestDetailFieldsFragment {
  return {
    id: REQUEST_ID,
    workspaceId: WORKSPACE_ID,
    type: 'MLA',
    status: 'SENT',
    subject: 'Bank records of the shipping agent',
    requestingCountry: 'SN',
    requestingAuthority: 'Parquet de Dakar',
    requestedCountry: 'SE',
    requestedAuthority: null,
    requestingReference: 'MLA/2026/77',
    requestedReference: null,
    draftedOn: '2026-10-01',
    sentOn: '2026-10-05',
    acknowledgedOn: null,
    dueOn: '2026-12-01',
    answeredOn: null,
    overdue: false,
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-05T08:00:00.000Z',
    responsible: jonas,
    createdBy: amina,
    tracing: null,
    history: [
      {
        id: 'h1',
        kind: 'CREATED',
        at: '2026-10-01T08:00:00.000Z',
        fromStatus: null,
        toStatus: null,
        comment: null,
        fields: null,
        actor: amina,
      },
    ],
    ...overrides,
  };
}
