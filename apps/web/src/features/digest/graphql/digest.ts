import { graphql } from '../../../graphql/generated';

/**
 * Case-law digest operations. A record that is not published and not the caller's (or a
 * moderator's) answers NOT_FOUND, like a missing id; members read the published version.
 */

export const DigestContentFields = graphql(`
  fragment DigestContentFields on CaseContent {
    title
    country
    jurisdiction
    court
    courtLevel
    caseNumber
    decisionDate
    proceduralStage
    relatedCaseIds
    legalSystem
    decisionLanguage
    contentLanguage
    offences
    protocolArticles
    conventionArticles
    weapons {
      type
      quantity
    }
    modusOperandi
    route {
      country
      role
    }
    defendants {
      label
      role
      charges
      verdict
      sentenceMonths
      fine
      confiscation
    }
    outcome
    summary
    facts
    reasoning
    commentary
    goodPractices
    lessons
    keywords
    sources {
      url
      citation
    }
  }
`);

/** A translation of a record's text fields, as the reader and the translate screen show it. */
export const DigestTranslationFields = graphql(`
  fragment DigestTranslationFields on DigestTranslation {
    language
    translatedAt
    translator {
      id
      fullName
    }
    fields {
      title
      summary
      facts
      reasoning
      commentary
      goodPractices
      lessons
    }
  }
`);

export const DigestSummaryFields = graphql(`
  fragment DigestSummaryFields on DigestCaseSummary {
    id
    title
    country
    court
    courtLevel
    caseNumber
    decisionDate
    outcome
    status
    archived
  }
`);

export const DigestCaseFields = graphql(`
  fragment DigestCaseFields on DigestCase {
    id
    status
    createdAt
    updatedAt
    submittedAt
    publishedAt
    archivedAt
    revision
    publishedRevision
    archived
    reviewComment
    threadId
    canEdit
    canSubmit
    canModerate
    author {
      id
      fullName
    }
    content {
      ...DigestContentFields
    }
  }
`);

export const DigestTermFields = graphql(`
  fragment DigestTermFields on DigestTerm {
    id
    kind
    code
    names {
      language
      text
    }
    position
    archived
  }
`);

export const DigestSearchQuery = graphql(`
  query DigestSearch($input: DigestSearchInput!) {
    digestSearch(input: $input) {
      total
      hits {
        rank
        case {
          ...DigestSummaryFields
        }
        snippet {
          text
          match
        }
      }
      facets {
        countries {
          value
          count
        }
        regions {
          value
          count
        }
        years {
          value
          count
        }
        offences {
          value
          count
        }
        protocolArticles {
          value
          count
        }
        conventionArticles {
          value
          count
        }
        weapons {
          value
          count
        }
        modus {
          value
          count
        }
        outcomes {
          value
          count
        }
        courtLevels {
          value
          count
        }
      }
    }
  }
`);

export const DigestTermsQuery = graphql(`
  query DigestTerms($kind: TaxonomyKind, $includeArchived: Boolean) {
    digestTerms(kind: $kind, includeArchived: $includeArchived) {
      ...DigestTermFields
    }
  }
`);

export const DigestCaseQuery = graphql(`
  query DigestCase($id: ID!, $language: String!) {
    digestCase(id: $id) {
      ...DigestCaseFields
      localized(language: $language) {
        language
        originalLanguage
        title
        summary
        facts
        reasoning
        commentary
        goodPractices
        lessons
        fallbackFields
        translatedAt
        translator {
          id
          fullName
        }
      }
      attachments {
        id
        name
        size
        downloadUrl
        previewUrl
      }
      related {
        ...DigestSummaryFields
      }
    }
  }
`);

export const DigestCaseEditQuery = graphql(`
  query DigestCaseEdit($id: ID!) {
    digestCase(id: $id) {
      ...DigestCaseFields
      attachments {
        id
        name
        size
        downloadUrl
        previewUrl
      }
    }
  }
`);

export const DigestCaseHistoryQuery = graphql(`
  query DigestCaseHistory($id: ID!) {
    digestCase(id: $id) {
      id
      status
      revision
      canEdit
      canModerate
      content {
        title
      }
      revisions {
        number
        note
        createdAt
        editor {
          id
          fullName
        }
      }
      events {
        id
        kind
        revision
        comment
        at
        actor {
          id
          fullName
        }
      }
    }
  }
`);

export const DigestRevisionDiffQuery = graphql(`
  query DigestRevisionDiff($caseId: ID!, $from: Int!, $to: Int!) {
    digestRevisionDiff(caseId: $caseId, from: $from, to: $to) {
      field
      before
      after
    }
  }
`);

export const DigestCaseTranslationsQuery = graphql(`
  query DigestCaseTranslations($id: ID!) {
    digestCase(id: $id) {
      id
      canEdit
      canModerate
      content {
        ...DigestContentFields
      }
      translations {
        ...DigestTranslationFields
      }
    }
  }
`);

export const DigestMyCasesQuery = graphql(`
  query DigestMyCases {
    digestMyCases {
      id
      status
      updatedAt
      revision
      publishedRevision
      archived
      reviewComment
      content {
        title
        country
        court
        decisionDate
      }
    }
  }
`);

export const DigestReviewQueueQuery = graphql(`
  query DigestReviewQueue {
    digestReviewQueue {
      id
      status
      submittedAt
      revision
      author {
        id
        fullName
      }
      content {
        title
        country
        court
        decisionDate
      }
    }
  }
`);

export const CreateDigestCaseMutation = graphql(`
  mutation CreateDigestCase($input: CaseContentInput!, $attachmentIds: [ID!]) {
    createDigestCase(input: $input, attachmentIds: $attachmentIds) {
      ...DigestCaseFields
    }
  }
`);

export const UpdateDigestCaseMutation = graphql(`
  mutation UpdateDigestCase(
    $id: ID!
    $input: CaseContentInput!
    $expectedRevision: Int!
    $note: String
    $attachmentIds: [ID!]
  ) {
    updateDigestCase(
      id: $id
      input: $input
      expectedRevision: $expectedRevision
      note: $note
      attachmentIds: $attachmentIds
    ) {
      ...DigestCaseFields
    }
  }
`);

export const SubmitDigestCaseMutation = graphql(`
  mutation SubmitDigestCase($id: ID!) {
    submitDigestCase(id: $id) {
      ...DigestCaseFields
    }
  }
`);

export const ReturnDigestCaseMutation = graphql(`
  mutation ReturnDigestCase($id: ID!, $comment: String!) {
    returnDigestCase(id: $id, comment: $comment) {
      ...DigestCaseFields
    }
  }
`);

export const PublishDigestCaseMutation = graphql(`
  mutation PublishDigestCase($id: ID!) {
    publishDigestCase(id: $id) {
      ...DigestCaseFields
    }
  }
`);

export const ArchiveDigestCaseMutation = graphql(`
  mutation ArchiveDigestCase($id: ID!, $reason: String!) {
    archiveDigestCase(id: $id, reason: $reason) {
      ...DigestCaseFields
    }
  }
`);

export const RestoreDigestCaseMutation = graphql(`
  mutation RestoreDigestCase($id: ID!) {
    restoreDigestCase(id: $id) {
      ...DigestCaseFields
    }
  }
`);

export const SaveDigestTranslationMutation = graphql(`
  mutation SaveDigestTranslation($id: ID!, $language: String!, $fields: CaseTextInput!) {
    saveDigestTranslation(id: $id, language: $language, fields: $fields) {
      id
      translations {
        ...DigestTranslationFields
      }
    }
  }
`);

export const DiscussDigestCaseMutation = graphql(`
  mutation DiscussDigestCase($id: ID!, $categoryId: ID!) {
    discussDigestCase(id: $id, categoryId: $categoryId)
  }
`);

export const SaveDigestTermMutation = graphql(`
  mutation SaveDigestTerm($id: ID, $input: DigestTermInput!) {
    saveDigestTerm(id: $id, input: $input) {
      ...DigestTermFields
    }
  }
`);

export const ArchiveDigestTermMutation = graphql(`
  mutation ArchiveDigestTerm($id: ID!, $archived: Boolean!) {
    archiveDigestTerm(id: $id, archived: $archived) {
      ...DigestTermFields
    }
  }
`);

export const ImportDigestCasesMutation = graphql(`
  mutation ImportDigestCases($input: DigestImportInput!) {
    importDigestCases(input: $input) {
      total
      valid
      dryRun
      imported
      problems {
        row
        field
        message
      }
    }
  }
`);
