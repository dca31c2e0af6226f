import { graphql } from '../../../graphql/generated';

/**
 * JIT workspace operations. Everything here exists only for the workspace's members: the api
 * answers NOT_FOUND to anyone else, and FORBIDDEN with reason JIT_MFA_REQUIRED to a caller without
 * a second factor, before looking anything up.
 */

export const JitPersonFields = graphql(`
  fragment JitPersonFields on Member {
    id
    fullName
  }
`);

export const JitWorkspaceSummaryFields = graphql(`
  fragment JitWorkspaceSummaryFields on JitWorkspace {
    id
    name
    reference
    countries
    status
    myRole
    myCountry
    updatedAt
    counts {
      members
      evidence
      openRequests
      overdueRequests
      openTasks
    }
  }
`);

export const JitWorkspaceFields = graphql(`
  fragment JitWorkspaceFields on JitWorkspace {
    ...JitWorkspaceSummaryFields
    purpose
    agreementSignedOn
    agreementEndsOn
    phaseNote
    createdAt
    canWrite
    canManage
    missingLeaderCountries
    channelId
    members {
      role
      country
      addedAt
      member {
        ...JitPersonFields
      }
    }
    extensions {
      id
      previousEndsOn
      newEndsOn
      reason
      extendedAt
      extendedBy {
        ...JitPersonFields
      }
    }
  }
`);

export const JitWorkspacesQuery = graphql(`
  query JitWorkspaces {
    jitWorkspaces {
      ...JitWorkspaceSummaryFields
    }
  }
`);

export const JitWorkspaceQuery = graphql(`
  query JitWorkspace($id: ID!) {
    jitWorkspace(id: $id) {
      ...JitWorkspaceFields
    }
  }
`);

export const CreateJitWorkspaceMutation = graphql(`
  mutation CreateJitWorkspace($input: JitWorkspaceInput!) {
    createJitWorkspace(input: $input) {
      ...JitWorkspaceFields
    }
  }
`);

export const UpdateJitWorkspaceMutation = graphql(`
  mutation UpdateJitWorkspace($id: ID!, $input: JitWorkspaceUpdateInput!) {
    updateJitWorkspace(id: $id, input: $input) {
      ...JitWorkspaceFields
    }
  }
`);

export const SetJitWorkspaceStatusMutation = graphql(`
  mutation SetJitWorkspaceStatus($id: ID!, $status: JitStatus!) {
    setJitWorkspaceStatus(id: $id, status: $status) {
      ...JitWorkspaceFields
    }
  }
`);

export const ExtendJitAgreementMutation = graphql(`
  mutation ExtendJitAgreement($id: ID!, $newEndsOn: String!, $reason: String) {
    extendJitAgreement(id: $id, newEndsOn: $newEndsOn, reason: $reason) {
      ...JitWorkspaceFields
    }
  }
`);

export const AddJitMemberMutation = graphql(`
  mutation AddJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {
    addJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {
      ...JitWorkspaceFields
    }
  }
`);

export const UpdateJitMemberMutation = graphql(`
  mutation UpdateJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {
    updateJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {
      ...JitWorkspaceFields
    }
  }
`);

export const RemoveJitMemberMutation = graphql(`
  mutation RemoveJitMember($workspaceId: ID!, $memberId: ID!) {
    removeJitMember(workspaceId: $workspaceId, memberId: $memberId) {
      ...JitWorkspaceFields
    }
  }
`);

/* Evidence and custody */

export const JitCustodyEventFields = graphql(`
  fragment JitCustodyEventFields on JitCustodyEvent {
    id
    evidenceId
    evidenceNumber
    evidenceTitle
    action
    at
    sessionRef
    fields
    sha256
    format
    reason
    actor {
      ...JitPersonFields
    }
    fromMember {
      ...JitPersonFields
    }
    toMember {
      ...JitPersonFields
    }
  }
`);

export const JitEvidenceFields = graphql(`
  fragment JitEvidenceFields on JitEvidence {
    id
    workspaceId
    number
    title
    description
    type
    originCountry
    collectedBy
    collectedAt
    legalBasis
    classification
    sealed
    sealedAt
    integrity
    lastVerifiedAt
    createdAt
    updatedAt
    file {
      name
      contentType
      size
      sha256
      downloadUrl
    }
    custodian {
      ...JitPersonFields
    }
    sealedBy {
      ...JitPersonFields
    }
    createdBy {
      ...JitPersonFields
    }
  }
`);

export const JitEvidenceQuery = graphql(`
  query JitEvidence($workspaceId: ID!) {
    jitEvidence(workspaceId: $workspaceId) {
      ...JitEvidenceFields
    }
  }
`);

export const JitEvidenceItemQuery = graphql(`
  query JitEvidenceItem($id: ID!) {
    jitEvidenceItem(id: $id) {
      ...JitEvidenceFields
      custody {
        ...JitCustodyEventFields
      }
    }
  }
`);

export const JitCustodyLogQuery = graphql(`
  query JitCustodyLog($workspaceId: ID!) {
    jitEvidence(workspaceId: $workspaceId) {
      ...JitEvidenceFields
    }
    jitCustodyLog(workspaceId: $workspaceId) {
      ...JitCustodyEventFields
    }
  }
`);

export const CreateJitEvidenceMutation = graphql(`
  mutation CreateJitEvidence($input: JitEvidenceInput!) {
    createJitEvidence(input: $input) {
      ...JitEvidenceFields
    }
  }
`);

export const UpdateJitEvidenceMutation = graphql(`
  mutation UpdateJitEvidence($id: ID!, $input: JitEvidenceUpdateInput!) {
    updateJitEvidence(id: $id, input: $input) {
      ...JitEvidenceFields
      custody {
        ...JitCustodyEventFields
      }
    }
  }
`);

export const TransferJitEvidenceMutation = graphql(`
  mutation TransferJitEvidence($id: ID!, $toMemberId: ID!) {
    transferJitEvidence(id: $id, toMemberId: $toMemberId) {
      ...JitEvidenceFields
      custody {
        ...JitCustodyEventFields
      }
    }
  }
`);

export const SealJitEvidenceMutation = graphql(`
  mutation SealJitEvidence($id: ID!) {
    sealJitEvidence(id: $id) {
      ...JitEvidenceFields
      custody {
        ...JitCustodyEventFields
      }
    }
  }
`);

export const VerifyJitEvidenceMutation = graphql(`
  mutation VerifyJitEvidence($id: ID!) {
    verifyJitEvidence(id: $id) {
      ...JitEvidenceFields
      custody {
        ...JitCustodyEventFields
      }
    }
  }
`);

export const DeleteJitEvidenceMutation = graphql(`
  mutation DeleteJitEvidence($id: ID!, $reason: String!) {
    deleteJitEvidence(id: $id, reason: $reason)
  }
`);

/* Requests */

export const LegalRequestFields = graphql(`
  fragment LegalRequestFields on LegalRequest {
    id
    workspaceId
    type
    status
    subject
    requestingCountry
    requestingAuthority
    requestedCountry
    requestedAuthority
    requestingReference
    requestedReference
    draftedOn
    sentOn
    acknowledgedOn
    dueOn
    answeredOn
    overdue
    createdAt
    updatedAt
    responsible {
      ...JitPersonFields
    }
    createdBy {
      ...JitPersonFields
    }
    tracing {
      manufacturer
      model
      calibre
      serialNumber
      countryOfManufacture
      importMarking
    }
  }
`);

export const LegalRequestDetailFields = graphql(`
  fragment LegalRequestDetailFields on LegalRequest {
    ...LegalRequestFields
    history {
      id
      kind
      at
      fromStatus
      toStatus
      comment
      fields
      actor {
        ...JitPersonFields
      }
    }
  }
`);

export const JitRequestsQuery = graphql(`
  query JitRequests($workspaceId: ID!) {
    jitRequests(workspaceId: $workspaceId) {
      ...LegalRequestFields
    }
  }
`);

export const JitRequestQuery = graphql(`
  query JitRequest($id: ID!) {
    jitRequest(id: $id) {
      ...LegalRequestDetailFields
    }
  }
`);

export const CreateLegalRequestMutation = graphql(`
  mutation CreateLegalRequest($input: LegalRequestInput!) {
    createLegalRequest(input: $input) {
      ...LegalRequestDetailFields
    }
  }
`);

export const UpdateLegalRequestMutation = graphql(`
  mutation UpdateLegalRequest($id: ID!, $input: LegalRequestUpdateInput!) {
    updateLegalRequest(id: $id, input: $input) {
      ...LegalRequestDetailFields
    }
  }
`);

export const SetLegalRequestStatusMutation = graphql(`
  mutation SetLegalRequestStatus($id: ID!, $status: LegalRequestStatus!, $comment: String) {
    setLegalRequestStatus(id: $id, status: $status, comment: $comment) {
      ...LegalRequestDetailFields
    }
  }
`);

export const CommentLegalRequestMutation = graphql(`
  mutation CommentLegalRequest($id: ID!, $body: String!) {
    commentLegalRequest(id: $id, body: $body) {
      ...LegalRequestDetailFields
    }
  }
`);

/* Tasks */

export const JitTaskFields = graphql(`
  fragment JitTaskFields on JitTask {
    id
    workspaceId
    title
    description
    dueOn
    status
    overdue
    createdAt
    updatedAt
    assignee {
      ...JitPersonFields
    }
    createdBy {
      ...JitPersonFields
    }
    comments {
      id
      body
      createdAt
      author {
        ...JitPersonFields
      }
    }
  }
`);

export const JitTasksQuery = graphql(`
  query JitTasks($workspaceId: ID!) {
    jitTasks(workspaceId: $workspaceId) {
      ...JitTaskFields
    }
  }
`);

export const CreateJitTaskMutation = graphql(`
  mutation CreateJitTask($input: JitTaskInput!) {
    createJitTask(input: $input) {
      ...JitTaskFields
    }
  }
`);

export const UpdateJitTaskMutation = graphql(`
  mutation UpdateJitTask($id: ID!, $input: JitTaskUpdateInput!) {
    updateJitTask(id: $id, input: $input) {
      ...JitTaskFields
    }
  }
`);

export const SetJitTaskStatusMutation = graphql(`
  mutation SetJitTaskStatus($id: ID!, $status: JitTaskStatus!) {
    setJitTaskStatus(id: $id, status: $status) {
      ...JitTaskFields
    }
  }
`);

export const CommentJitTaskMutation = graphql(`
  mutation CommentJitTask($id: ID!, $body: String!) {
    commentJitTask(id: $id, body: $body) {
      ...JitTaskFields
    }
  }
`);

/* Notes */

export const JitNoteFields = graphql(`
  fragment JitNoteFields on JitNote {
    id
    workspaceId
    kind
    title
    body
    version
    createdAt
    updatedAt
    createdBy {
      ...JitPersonFields
    }
    updatedBy {
      ...JitPersonFields
    }
  }
`);

export const JitNotesQuery = graphql(`
  query JitNotes($workspaceId: ID!) {
    jitNotes(workspaceId: $workspaceId) {
      ...JitNoteFields
    }
  }
`);

export const JitNoteQuery = graphql(`
  query JitNote($id: ID!) {
    jitNote(id: $id) {
      ...JitNoteFields
      revisions {
        version
        title
        body
        editedAt
        editedBy {
          ...JitPersonFields
        }
      }
    }
  }
`);

export const CreateJitNoteMutation = graphql(`
  mutation CreateJitNote($input: JitNoteInput!) {
    createJitNote(input: $input) {
      ...JitNoteFields
    }
  }
`);

export const UpdateJitNoteMutation = graphql(`
  mutation UpdateJitNote($id: ID!, $input: JitNoteUpdateInput!) {
    updateJitNote(id: $id, input: $input) {
      ...JitNoteFields
    }
  }
`);

/* Activity */

export const JitActivityQuery = graphql(`
  query JitActivity($workspaceId: ID!, $before: ID, $first: Int) {
    jitActivity(workspaceId: $workspaceId, before: $before, first: $first) {
      hasMore
      items {
        id
        action
        subjectType
        subjectId
        summary
        at
        actor {
          ...JitPersonFields
        }
      }
    }
  }
`);
