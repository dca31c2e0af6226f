/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InviteDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": typeof types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": typeof types.AddFocalPointDocument,
    "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n": typeof types.RemoveFocalPointDocument,
    "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.MemberPickerDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n": typeof types.OutboxMessageDocument,
    "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.VettingQueueDocument,
    "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.DecideApplicationDocument,
    "\n  fragment DigestContentFields on CaseContent {\n    title\n    country\n    jurisdiction\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    proceduralStage\n    relatedCaseIds\n    legalSystem\n    decisionLanguage\n    contentLanguage\n    offences\n    protocolArticles\n    conventionArticles\n    weapons {\n      type\n      quantity\n    }\n    modusOperandi\n    route {\n      country\n      role\n    }\n    defendants {\n      label\n      role\n      charges\n      verdict\n      sentenceMonths\n      fine\n      confiscation\n    }\n    outcome\n    summary\n    facts\n    reasoning\n    commentary\n    goodPractices\n    lessons\n    keywords\n    sources {\n      url\n      citation\n    }\n  }\n": typeof types.DigestContentFieldsFragmentDoc,
    "\n  fragment DigestTranslationFields on DigestTranslation {\n    language\n    translatedAt\n    translator {\n      id\n      fullName\n    }\n    fields {\n      title\n      summary\n      facts\n      reasoning\n      commentary\n      goodPractices\n      lessons\n    }\n  }\n": typeof types.DigestTranslationFieldsFragmentDoc,
    "\n  fragment DigestSummaryFields on DigestCaseSummary {\n    id\n    title\n    country\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    outcome\n    status\n    archived\n  }\n": typeof types.DigestSummaryFieldsFragmentDoc,
    "\n  fragment DigestCaseFields on DigestCase {\n    id\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    publishedAt\n    archivedAt\n    revision\n    publishedRevision\n    archived\n    reviewComment\n    threadId\n    canEdit\n    canSubmit\n    canModerate\n    author {\n      id\n      fullName\n    }\n    content {\n      ...DigestContentFields\n    }\n  }\n": typeof types.DigestCaseFieldsFragmentDoc,
    "\n  fragment DigestTermFields on DigestTerm {\n    id\n    kind\n    code\n    names {\n      language\n      text\n    }\n    position\n    archived\n  }\n": typeof types.DigestTermFieldsFragmentDoc,
    "\n  query DigestSearch($input: DigestSearchInput!) {\n    digestSearch(input: $input) {\n      total\n      hits {\n        rank\n        case {\n          ...DigestSummaryFields\n        }\n        snippet {\n          text\n          match\n        }\n      }\n      facets {\n        countries {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        offences {\n          value\n          count\n        }\n        protocolArticles {\n          value\n          count\n        }\n        conventionArticles {\n          value\n          count\n        }\n        weapons {\n          value\n          count\n        }\n        modus {\n          value\n          count\n        }\n        outcomes {\n          value\n          count\n        }\n        courtLevels {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.DigestSearchDocument,
    "\n  query DigestTerms($kind: TaxonomyKind, $includeArchived: Boolean) {\n    digestTerms(kind: $kind, includeArchived: $includeArchived) {\n      ...DigestTermFields\n    }\n  }\n": typeof types.DigestTermsDocument,
    "\n  query DigestCase($id: ID!, $language: String!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      localized(language: $language) {\n        language\n        originalLanguage\n        title\n        summary\n        facts\n        reasoning\n        commentary\n        goodPractices\n        lessons\n        fallbackFields\n        translatedAt\n        translator {\n          id\n          fullName\n        }\n      }\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n      related {\n        ...DigestSummaryFields\n      }\n    }\n  }\n": typeof types.DigestCaseDocument,
    "\n  query DigestCaseEdit($id: ID!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n    }\n  }\n": typeof types.DigestCaseEditDocument,
    "\n  query DigestCaseHistory($id: ID!) {\n    digestCase(id: $id) {\n      id\n      status\n      revision\n      canEdit\n      canModerate\n      content {\n        title\n      }\n      revisions {\n        number\n        note\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n      events {\n        id\n        kind\n        revision\n        comment\n        at\n        actor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.DigestCaseHistoryDocument,
    "\n  query DigestRevisionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    digestRevisionDiff(caseId: $caseId, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": typeof types.DigestRevisionDiffDocument,
    "\n  query DigestCaseTranslations($id: ID!) {\n    digestCase(id: $id) {\n      id\n      canEdit\n      canModerate\n      content {\n        ...DigestContentFields\n      }\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n": typeof types.DigestCaseTranslationsDocument,
    "\n  query DigestMyCases {\n    digestMyCases {\n      id\n      status\n      updatedAt\n      revision\n      publishedRevision\n      archived\n      reviewComment\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n": typeof types.DigestMyCasesDocument,
    "\n  query DigestReviewQueue {\n    digestReviewQueue {\n      id\n      status\n      submittedAt\n      revision\n      author {\n        id\n        fullName\n      }\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n": typeof types.DigestReviewQueueDocument,
    "\n  mutation CreateDigestCase($input: CaseContentInput!, $attachmentIds: [ID!]) {\n    createDigestCase(input: $input, attachmentIds: $attachmentIds) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.CreateDigestCaseDocument,
    "\n  mutation UpdateDigestCase(\n    $id: ID!\n    $input: CaseContentInput!\n    $expectedRevision: Int!\n    $note: String\n    $attachmentIds: [ID!]\n  ) {\n    updateDigestCase(\n      id: $id\n      input: $input\n      expectedRevision: $expectedRevision\n      note: $note\n      attachmentIds: $attachmentIds\n    ) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.UpdateDigestCaseDocument,
    "\n  mutation SubmitDigestCase($id: ID!) {\n    submitDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.SubmitDigestCaseDocument,
    "\n  mutation ReturnDigestCase($id: ID!, $comment: String!) {\n    returnDigestCase(id: $id, comment: $comment) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.ReturnDigestCaseDocument,
    "\n  mutation PublishDigestCase($id: ID!) {\n    publishDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.PublishDigestCaseDocument,
    "\n  mutation ArchiveDigestCase($id: ID!, $reason: String!) {\n    archiveDigestCase(id: $id, reason: $reason) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.ArchiveDigestCaseDocument,
    "\n  mutation RestoreDigestCase($id: ID!) {\n    restoreDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": typeof types.RestoreDigestCaseDocument,
    "\n  mutation SaveDigestTranslation($id: ID!, $language: String!, $fields: CaseTextInput!) {\n    saveDigestTranslation(id: $id, language: $language, fields: $fields) {\n      id\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n": typeof types.SaveDigestTranslationDocument,
    "\n  mutation DiscussDigestCase($id: ID!, $categoryId: ID!) {\n    discussDigestCase(id: $id, categoryId: $categoryId)\n  }\n": typeof types.DiscussDigestCaseDocument,
    "\n  mutation SaveDigestTerm($id: ID, $input: DigestTermInput!) {\n    saveDigestTerm(id: $id, input: $input) {\n      ...DigestTermFields\n    }\n  }\n": typeof types.SaveDigestTermDocument,
    "\n  mutation ArchiveDigestTerm($id: ID!, $archived: Boolean!) {\n    archiveDigestTerm(id: $id, archived: $archived) {\n      ...DigestTermFields\n    }\n  }\n": typeof types.ArchiveDigestTermDocument,
    "\n  mutation ImportDigestCases($input: DigestImportInput!) {\n    importDigestCases(input: $input) {\n      total\n      valid\n      dryRun\n      imported\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportDigestCasesDocument,
    "\n  fragment DiscussionCategoryFields on DiscussionCategory {\n    id\n    slug\n    name\n    names {\n      language\n      text\n    }\n    description\n    descriptions {\n      language\n      text\n    }\n    restricted\n    groups {\n      id\n      name\n    }\n    position\n    threadCount\n    unreadThreadCount\n    lastActivityAt\n    watchLevel\n  }\n": typeof types.DiscussionCategoryFieldsFragmentDoc,
    "\n  query DiscussionCategories {\n    discussionCategories {\n      ...DiscussionCategoryFields\n    }\n  }\n": typeof types.DiscussionCategoriesDocument,
    "\n  query DiscussionCategory($idOrSlug: String!) {\n    discussionCategory(idOrSlug: $idOrSlug) {\n      ...DiscussionCategoryFields\n    }\n  }\n": typeof types.DiscussionCategoryDocument,
    "\n  mutation WatchDiscussionCategory($categoryId: ID!, $level: WatchLevel!) {\n    watchDiscussionCategory(categoryId: $categoryId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n": typeof types.WatchDiscussionCategoryDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n": typeof types.ModerationQueueCountDocument,
    "\n  fragment DiscussionGroupFields on DiscussionGroup {\n    id\n    slug\n    kind\n    name\n    description\n    memberCount\n    isMember\n  }\n": typeof types.DiscussionGroupFieldsFragmentDoc,
    "\n  query DiscussionGroups {\n    discussionGroups {\n      ...DiscussionGroupFields\n    }\n  }\n": typeof types.DiscussionGroupsDocument,
    "\n  query DiscussionGroupMembers($groupId: ID!, $first: Int!, $offset: Int!) {\n    discussionGroupMembers(groupId: $groupId, first: $first, offset: $offset) {\n      total\n      items {\n        addedAt\n        member {\n          id\n          fullName\n          photoUrl\n          institution\n          country\n        }\n      }\n    }\n  }\n": typeof types.DiscussionGroupMembersDocument,
    "\n  mutation CreateDiscussionGroup($input: GroupInput!) {\n    createDiscussionGroup(input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n": typeof types.CreateDiscussionGroupDocument,
    "\n  mutation UpdateDiscussionGroup($id: ID!, $input: GroupInput!) {\n    updateDiscussionGroup(id: $id, input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n": typeof types.UpdateDiscussionGroupDocument,
    "\n  mutation AddDiscussionGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addDiscussionGroupMembers(groupId: $groupId, input: { userIds: $userIds }) {\n      ...DiscussionGroupFields\n    }\n  }\n": typeof types.AddDiscussionGroupMembersDocument,
    "\n  mutation RemoveDiscussionGroupMember($groupId: ID!, $userId: ID!) {\n    removeDiscussionGroupMember(groupId: $groupId, userId: $userId) {\n      ...DiscussionGroupFields\n    }\n  }\n": typeof types.RemoveDiscussionGroupMemberDocument,
    "\n  query AdminDiscussionCategories {\n    adminDiscussionCategories {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n      description\n      descriptions {\n        language\n        text\n      }\n      position\n      restricted\n      groups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminDiscussionCategoriesDocument,
    "\n  mutation CreateDiscussionCategory($input: CategoryInput!) {\n    createDiscussionCategory(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateDiscussionCategoryDocument,
    "\n  mutation UpdateDiscussionCategory($id: ID!, $input: CategoryInput!) {\n    updateDiscussionCategory(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.UpdateDiscussionCategoryDocument,
    "\n  query ModerationQueue($first: Int!, $offset: Int!) {\n    moderationQueue(first: $first, offset: $offset) {\n      total\n      items {\n        firstFlaggedAt\n        thread {\n          id\n          title\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n        post {\n          id\n          seq\n          createdAt\n          bodyHtml\n          hidden\n          hiddenReason\n          deletedBy\n          author {\n            id\n            fullName\n            photoUrl\n          }\n        }\n        flags {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideDiscussionPost($input: PostReasonInput!) {\n    hideDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": typeof types.HideDiscussionPostDocument,
    "\n  mutation RestoreDiscussionPost($input: PostReasonInput!) {\n    restoreDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": typeof types.RestoreDiscussionPostDocument,
    "\n  mutation DismissDiscussionFlags($input: PostReasonInput!) {\n    dismissDiscussionFlags(input: $input) {\n      id\n    }\n  }\n": typeof types.DismissDiscussionFlagsDocument,
    "\n  mutation LockDiscussionThread($input: ThreadModerationInput!, $locked: Boolean!) {\n    lockDiscussionThread(input: $input, locked: $locked) {\n      id\n      locked\n    }\n  }\n": typeof types.LockDiscussionThreadDocument,
    "\n  mutation PinDiscussionThread($input: ThreadModerationInput!, $pinned: Boolean!) {\n    pinDiscussionThread(input: $input, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinDiscussionThreadDocument,
    "\n  mutation MoveDiscussionThread($input: MoveThreadInput!) {\n    moveDiscussionThread(input: $input) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MoveDiscussionThreadDocument,
    "\n  query DiscussionSearch(\n    $query: String!\n    $filter: SearchFilter\n    $language: String\n    $first: Int!\n    $offset: Int!\n  ) {\n    discussionSearch(query: $query, filter: $filter, language: $language, first: $first, offset: $offset) {\n      total\n      items {\n        rank\n        title {\n          text\n          match\n        }\n        excerpt {\n          text\n          match\n        }\n        post {\n          id\n          seq\n          createdAt\n          author {\n            id\n            fullName\n          }\n        }\n        thread {\n          id\n          createdAt\n          lastPostAt\n          author {\n            id\n            fullName\n          }\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DiscussionSearchDocument,
    "\n  query DiscussionAuthor($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.DiscussionAuthorDocument,
    "\n  fragment ThreadSummaryFields on DiscussionThread {\n    id\n    title\n    pinned\n    locked\n    tags\n    countries\n    replyCount\n    createdAt\n    lastPostAt\n    lastSeq\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    lastPostAuthor {\n      id\n      fullName\n    }\n    category {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n    }\n    readState {\n      unread\n      firstUnreadSeq\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query DiscussionThreads($filter: ThreadFilter, $first: Int!, $offset: Int!) {\n    discussionThreads(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n": typeof types.DiscussionThreadsDocument,
    "\n  fragment DiscussionPostFields on DiscussionPost {\n    id\n    seq\n    opening\n    createdAt\n    editedAt\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    deletedBy\n    flaggedByMe\n    canEdit\n    canDelete\n    canSeeHistory\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    replyTo {\n      id\n      seq\n      excerpt\n      author {\n        id\n        fullName\n      }\n    }\n    attachments {\n      id\n      name\n      size\n      downloadUrl\n      previewUrl\n    }\n  }\n": typeof types.DiscussionPostFieldsFragmentDoc,
    "\n  query DiscussionThread($id: ID!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      tags\n      countries\n      caseReference\n      language\n      createdAt\n      lastSeq\n      replyCount\n      watchLevel\n      author {\n        id\n        fullName\n      }\n      category {\n        id\n        slug\n        name\n        names {\n          language\n          text\n        }\n      }\n      readState {\n        unread\n        firstUnreadSeq\n        lastReadSeq\n      }\n      posts(afterSeq: 0, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n": typeof types.DiscussionThreadDocument,
    "\n  query DiscussionThreadPosts($id: ID!, $afterSeq: Int!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      posts(afterSeq: $afterSeq, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n": typeof types.DiscussionThreadPostsDocument,
    "\n  query DiscussionPostHistory($id: ID!) {\n    discussionPost(id: $id) {\n      id\n      revisions {\n        id\n        body\n        title\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.DiscussionPostHistoryDocument,
    "\n  query MentionCandidates($query: String!, $threadId: ID, $categoryId: ID) {\n    mentionCandidates(query: $query, threadId: $threadId, categoryId: $categoryId) {\n      id\n      fullName\n      photoUrl\n      institution\n      country\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation CreateDiscussionThread($input: NewThreadInput!) {\n    createDiscussionThread(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateDiscussionThreadDocument,
    "\n  mutation ReplyToDiscussionThread($input: ReplyInput!) {\n    replyToDiscussionThread(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": typeof types.ReplyToDiscussionThreadDocument,
    "\n  mutation EditDiscussionPost($input: EditPostInput!) {\n    editDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": typeof types.EditDiscussionPostDocument,
    "\n  mutation DeleteDiscussionPost($postId: ID!, $input: DeleteReasonInput) {\n    deleteDiscussionPost(postId: $postId, input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": typeof types.DeleteDiscussionPostDocument,
    "\n  mutation FlagDiscussionPost($input: PostReasonInput!) {\n    flagDiscussionPost(input: $input) {\n      id\n      flaggedByMe\n    }\n  }\n": typeof types.FlagDiscussionPostDocument,
    "\n  mutation MarkDiscussionThreadRead($threadId: ID!, $seq: Int!) {\n    markDiscussionThreadRead(threadId: $threadId, seq: $seq) {\n      id\n    }\n  }\n": typeof types.MarkDiscussionThreadReadDocument,
    "\n  mutation WatchDiscussionThread($threadId: ID!, $level: WatchLevel!) {\n    watchDiscussionThread(threadId: $threadId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n": typeof types.WatchDiscussionThreadDocument,
    "\n  query KeyBackupInfo {\n    keyBackup {\n      version\n      updatedAt\n    }\n  }\n": typeof types.KeyBackupInfoDocument,
    "\n  query KeyBackup {\n    keyBackup {\n      blob\n      version\n      updatedAt\n    }\n  }\n": typeof types.KeyBackupDocument,
    "\n  mutation SaveKeyBackup($blob: String!, $expectedVersion: Int!) {\n    saveKeyBackup(blob: $blob, expectedVersion: $expectedVersion) {\n      version\n      updatedAt\n    }\n  }\n": typeof types.SaveKeyBackupDocument,
    "\n  mutation DeleteKeyBackup {\n    deleteKeyBackup\n  }\n": typeof types.DeleteKeyBackupDocument,
    "\n  fragment MyDeviceFields on Device {\n    id\n    label\n    createdAt\n    lastSeenAt\n    current\n    encryptionKey\n    signingKey\n  }\n": typeof types.MyDeviceFieldsFragmentDoc,
    "\n  query MyDevices {\n    myDevices {\n      ...MyDeviceFields\n    }\n  }\n": typeof types.MyDevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...MyDeviceFields\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RemoveDevice($id: ID!) {\n    removeDevice(id: $id)\n  }\n": typeof types.RemoveDeviceDocument,
    "\n  query DeviceKeys($userIds: [ID!]!) {\n    deviceKeys(userIds: $userIds) {\n      deviceId\n      userId\n      encryptionKey\n      signingKey\n      label\n      createdAt\n    }\n  }\n": typeof types.DeviceKeysDocument,
    "\n  query ConversationDevices($conversationId: ID!) {\n    conversationDevices(conversationId: $conversationId) {\n      deviceId\n      userId\n      encryptionKey\n    }\n  }\n": typeof types.ConversationDevicesDocument,
    "\n  query SigningKeys($deviceIds: [ID!]!) {\n    signingKeys(deviceIds: $deviceIds) {\n      deviceId\n      userId\n      signingKey\n    }\n  }\n": typeof types.SigningKeysDocument,
    "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n": typeof types.HealthDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n": typeof types.DirectoryMembersDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n": typeof types.NationalFocalPointsDocument,
    "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n": typeof types.ApplyDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment JitPersonFields on Member {\n    id\n    fullName\n  }\n": typeof types.JitPersonFieldsFragmentDoc,
    "\n  fragment JitWorkspaceSummaryFields on JitWorkspace {\n    id\n    name\n    reference\n    countries\n    status\n    myRole\n    myCountry\n    updatedAt\n    counts {\n      members\n      evidence\n      openRequests\n      overdueRequests\n      openTasks\n    }\n  }\n": typeof types.JitWorkspaceSummaryFieldsFragmentDoc,
    "\n  fragment JitWorkspaceFields on JitWorkspace {\n    ...JitWorkspaceSummaryFields\n    purpose\n    agreementSignedOn\n    agreementEndsOn\n    phaseNote\n    createdAt\n    canWrite\n    canManage\n    missingLeaderCountries\n    channelId\n    members {\n      role\n      country\n      addedAt\n      member {\n        ...JitPersonFields\n      }\n    }\n    extensions {\n      id\n      previousEndsOn\n      newEndsOn\n      reason\n      extendedAt\n      extendedBy {\n        ...JitPersonFields\n      }\n    }\n  }\n": typeof types.JitWorkspaceFieldsFragmentDoc,
    "\n  query JitWorkspaces {\n    jitWorkspaces {\n      ...JitWorkspaceSummaryFields\n    }\n  }\n": typeof types.JitWorkspacesDocument,
    "\n  query JitWorkspace($id: ID!) {\n    jitWorkspace(id: $id) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.JitWorkspaceDocument,
    "\n  mutation CreateJitWorkspace($input: JitWorkspaceInput!) {\n    createJitWorkspace(input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.CreateJitWorkspaceDocument,
    "\n  mutation UpdateJitWorkspace($id: ID!, $input: JitWorkspaceUpdateInput!) {\n    updateJitWorkspace(id: $id, input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.UpdateJitWorkspaceDocument,
    "\n  mutation SetJitWorkspaceStatus($id: ID!, $status: JitStatus!) {\n    setJitWorkspaceStatus(id: $id, status: $status) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.SetJitWorkspaceStatusDocument,
    "\n  mutation ExtendJitAgreement($id: ID!, $newEndsOn: String!, $reason: String) {\n    extendJitAgreement(id: $id, newEndsOn: $newEndsOn, reason: $reason) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.ExtendJitAgreementDocument,
    "\n  mutation AddJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    addJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.AddJitMemberDocument,
    "\n  mutation UpdateJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    updateJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.UpdateJitMemberDocument,
    "\n  mutation RemoveJitMember($workspaceId: ID!, $memberId: ID!) {\n    removeJitMember(workspaceId: $workspaceId, memberId: $memberId) {\n      ...JitWorkspaceFields\n    }\n  }\n": typeof types.RemoveJitMemberDocument,
    "\n  fragment JitCustodyEventFields on JitCustodyEvent {\n    id\n    evidenceId\n    evidenceNumber\n    evidenceTitle\n    action\n    at\n    sessionRef\n    fields\n    sha256\n    format\n    reason\n    actor {\n      ...JitPersonFields\n    }\n    fromMember {\n      ...JitPersonFields\n    }\n    toMember {\n      ...JitPersonFields\n    }\n  }\n": typeof types.JitCustodyEventFieldsFragmentDoc,
    "\n  fragment JitEvidenceFields on JitEvidence {\n    id\n    workspaceId\n    number\n    title\n    description\n    type\n    originCountry\n    collectedBy\n    collectedAt\n    legalBasis\n    classification\n    sealed\n    sealedAt\n    integrity\n    lastVerifiedAt\n    createdAt\n    updatedAt\n    file {\n      name\n      contentType\n      size\n      sha256\n      downloadUrl\n    }\n    custodian {\n      ...JitPersonFields\n    }\n    sealedBy {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n  }\n": typeof types.JitEvidenceFieldsFragmentDoc,
    "\n  query JitEvidence($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n  }\n": typeof types.JitEvidenceDocument,
    "\n  query JitEvidenceItem($id: ID!) {\n    jitEvidenceItem(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": typeof types.JitEvidenceItemDocument,
    "\n  query JitCustodyLog($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n    jitCustodyLog(workspaceId: $workspaceId) {\n      ...JitCustodyEventFields\n    }\n  }\n": typeof types.JitCustodyLogDocument,
    "\n  mutation CreateJitEvidence($input: JitEvidenceInput!) {\n    createJitEvidence(input: $input) {\n      ...JitEvidenceFields\n    }\n  }\n": typeof types.CreateJitEvidenceDocument,
    "\n  mutation UpdateJitEvidence($id: ID!, $input: JitEvidenceUpdateInput!) {\n    updateJitEvidence(id: $id, input: $input) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": typeof types.UpdateJitEvidenceDocument,
    "\n  mutation TransferJitEvidence($id: ID!, $toMemberId: ID!) {\n    transferJitEvidence(id: $id, toMemberId: $toMemberId) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": typeof types.TransferJitEvidenceDocument,
    "\n  mutation SealJitEvidence($id: ID!) {\n    sealJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": typeof types.SealJitEvidenceDocument,
    "\n  mutation VerifyJitEvidence($id: ID!) {\n    verifyJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": typeof types.VerifyJitEvidenceDocument,
    "\n  mutation DeleteJitEvidence($id: ID!, $reason: String!) {\n    deleteJitEvidence(id: $id, reason: $reason)\n  }\n": typeof types.DeleteJitEvidenceDocument,
    "\n  fragment LegalRequestFields on LegalRequest {\n    id\n    workspaceId\n    type\n    status\n    subject\n    requestingCountry\n    requestingAuthority\n    requestedCountry\n    requestedAuthority\n    requestingReference\n    requestedReference\n    draftedOn\n    sentOn\n    acknowledgedOn\n    dueOn\n    answeredOn\n    overdue\n    createdAt\n    updatedAt\n    responsible {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    tracing {\n      manufacturer\n      model\n      calibre\n      serialNumber\n      countryOfManufacture\n      importMarking\n    }\n  }\n": typeof types.LegalRequestFieldsFragmentDoc,
    "\n  fragment LegalRequestDetailFields on LegalRequest {\n    ...LegalRequestFields\n    history {\n      id\n      kind\n      at\n      fromStatus\n      toStatus\n      comment\n      fields\n      actor {\n        ...JitPersonFields\n      }\n    }\n  }\n": typeof types.LegalRequestDetailFieldsFragmentDoc,
    "\n  query JitRequests($workspaceId: ID!) {\n    jitRequests(workspaceId: $workspaceId) {\n      ...LegalRequestFields\n    }\n  }\n": typeof types.JitRequestsDocument,
    "\n  query JitRequest($id: ID!) {\n    jitRequest(id: $id) {\n      ...LegalRequestDetailFields\n    }\n  }\n": typeof types.JitRequestDocument,
    "\n  mutation CreateLegalRequest($input: LegalRequestInput!) {\n    createLegalRequest(input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n": typeof types.CreateLegalRequestDocument,
    "\n  mutation UpdateLegalRequest($id: ID!, $input: LegalRequestUpdateInput!) {\n    updateLegalRequest(id: $id, input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n": typeof types.UpdateLegalRequestDocument,
    "\n  mutation SetLegalRequestStatus($id: ID!, $status: LegalRequestStatus!, $comment: String) {\n    setLegalRequestStatus(id: $id, status: $status, comment: $comment) {\n      ...LegalRequestDetailFields\n    }\n  }\n": typeof types.SetLegalRequestStatusDocument,
    "\n  mutation CommentLegalRequest($id: ID!, $body: String!) {\n    commentLegalRequest(id: $id, body: $body) {\n      ...LegalRequestDetailFields\n    }\n  }\n": typeof types.CommentLegalRequestDocument,
    "\n  fragment JitTaskFields on JitTask {\n    id\n    workspaceId\n    title\n    description\n    dueOn\n    status\n    overdue\n    createdAt\n    updatedAt\n    assignee {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...JitPersonFields\n      }\n    }\n  }\n": typeof types.JitTaskFieldsFragmentDoc,
    "\n  query JitTasks($workspaceId: ID!) {\n    jitTasks(workspaceId: $workspaceId) {\n      ...JitTaskFields\n    }\n  }\n": typeof types.JitTasksDocument,
    "\n  mutation CreateJitTask($input: JitTaskInput!) {\n    createJitTask(input: $input) {\n      ...JitTaskFields\n    }\n  }\n": typeof types.CreateJitTaskDocument,
    "\n  mutation UpdateJitTask($id: ID!, $input: JitTaskUpdateInput!) {\n    updateJitTask(id: $id, input: $input) {\n      ...JitTaskFields\n    }\n  }\n": typeof types.UpdateJitTaskDocument,
    "\n  mutation SetJitTaskStatus($id: ID!, $status: JitTaskStatus!) {\n    setJitTaskStatus(id: $id, status: $status) {\n      ...JitTaskFields\n    }\n  }\n": typeof types.SetJitTaskStatusDocument,
    "\n  mutation CommentJitTask($id: ID!, $body: String!) {\n    commentJitTask(id: $id, body: $body) {\n      ...JitTaskFields\n    }\n  }\n": typeof types.CommentJitTaskDocument,
    "\n  fragment JitNoteFields on JitNote {\n    id\n    workspaceId\n    kind\n    title\n    body\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...JitPersonFields\n    }\n    updatedBy {\n      ...JitPersonFields\n    }\n  }\n": typeof types.JitNoteFieldsFragmentDoc,
    "\n  query JitNotes($workspaceId: ID!) {\n    jitNotes(workspaceId: $workspaceId) {\n      ...JitNoteFields\n    }\n  }\n": typeof types.JitNotesDocument,
    "\n  query JitNote($id: ID!) {\n    jitNote(id: $id) {\n      ...JitNoteFields\n      revisions {\n        version\n        title\n        body\n        editedAt\n        editedBy {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n": typeof types.JitNoteDocument,
    "\n  mutation CreateJitNote($input: JitNoteInput!) {\n    createJitNote(input: $input) {\n      ...JitNoteFields\n    }\n  }\n": typeof types.CreateJitNoteDocument,
    "\n  mutation UpdateJitNote($id: ID!, $input: JitNoteUpdateInput!) {\n    updateJitNote(id: $id, input: $input) {\n      ...JitNoteFields\n    }\n  }\n": typeof types.UpdateJitNoteDocument,
    "\n  query JitActivity($workspaceId: ID!, $before: ID, $first: Int) {\n    jitActivity(workspaceId: $workspaceId, before: $before, first: $first) {\n      hasMore\n      items {\n        id\n        action\n        subjectType\n        subjectId\n        summary\n        at\n        actor {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n": typeof types.JitActivityDocument,
    "\n  query MessagingUnreadCount {\n    messagingUnreadCount\n  }\n": typeof types.MessagingUnreadCountDocument,
    "\n  fragment ChatMessageFields on Message {\n    id\n    conversationId\n    clientId\n    senderId\n    seq\n    changeSeq\n    scheme\n    payload\n    replyToId\n    createdAt\n    editedAt\n    deletedAt\n    attachments {\n      id\n      name\n      contentType\n      size\n      hasPreview\n      downloadUrl\n      previewUrl\n    }\n  }\n": typeof types.ChatMessageFieldsFragmentDoc,
    "\n  fragment ConversationMemberFields on ConversationMember {\n    role\n    deliveredSeq\n    readSeq\n    readAt\n    member {\n      id\n      fullName\n      photoUrl\n    }\n  }\n": typeof types.ConversationMemberFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    jitWorkspaceId\n    myRole\n    muted\n    unreadCount\n    lastActivityAt\n    createdAt\n    members {\n      ...ConversationMemberFields\n    }\n    lastMessage {\n      id\n      clientId\n      senderId\n      seq\n      changeSeq\n      payload\n      scheme\n      deletedAt\n      createdAt\n      attachments {\n        id\n      }\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($first: Int!, $offset: Int!) {\n    conversations(first: $first, offset: $offset) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $beforeSeq: Float, $first: Int!) {\n    messages(conversationId: $conversationId, beforeSeq: $beforeSeq, first: $first) {\n      hasMore\n      items {\n        ...ChatMessageFields\n        replyTo {\n          ...ChatMessageFields\n        }\n      }\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  query MessageReaders($messageId: ID!) {\n    messageReaders(messageId: $messageId) {\n      readAt\n      member {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MessageReadersDocument,
    "\n  mutation StartDirectConversation($memberId: ID!) {\n    startDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": typeof types.StartDirectConversationDocument,
    "\n  mutation CreateGroupConversation($input: NewGroupInput!) {\n    createGroupConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.CreateGroupConversationDocument,
    "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      ...ConversationFields\n    }\n  }\n": typeof types.RenameConversationDocument,
    "\n  mutation AddConversationMembers($id: ID!, $memberIds: [ID!]!) {\n    addConversationMembers(id: $id, memberIds: $memberIds) {\n      ...ConversationFields\n    }\n  }\n": typeof types.AddConversationMembersDocument,
    "\n  mutation RemoveConversationMember($id: ID!, $memberId: ID!) {\n    removeConversationMember(id: $id, memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": typeof types.RemoveConversationMemberDocument,
    "\n  mutation LeaveConversation($id: ID!) {\n    leaveConversation(id: $id)\n  }\n": typeof types.LeaveConversationDocument,
    "\n  mutation SetConversationMuted($id: ID!, $muted: Boolean!) {\n    setConversationMuted(id: $id, muted: $muted) {\n      ...ConversationFields\n    }\n  }\n": typeof types.SetConversationMutedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    read\n    link\n    title\n    excerpt\n    actor {\n      id\n      fullName\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      endCursor\n      hasNextPage\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
};
const documents: Documents = {
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InviteDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": types.AddFocalPointDocument,
    "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n": types.RemoveFocalPointDocument,
    "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.MemberPickerDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n": types.OutboxMessageDocument,
    "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": types.VettingQueueDocument,
    "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": types.DecideApplicationDocument,
    "\n  fragment DigestContentFields on CaseContent {\n    title\n    country\n    jurisdiction\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    proceduralStage\n    relatedCaseIds\n    legalSystem\n    decisionLanguage\n    contentLanguage\n    offences\n    protocolArticles\n    conventionArticles\n    weapons {\n      type\n      quantity\n    }\n    modusOperandi\n    route {\n      country\n      role\n    }\n    defendants {\n      label\n      role\n      charges\n      verdict\n      sentenceMonths\n      fine\n      confiscation\n    }\n    outcome\n    summary\n    facts\n    reasoning\n    commentary\n    goodPractices\n    lessons\n    keywords\n    sources {\n      url\n      citation\n    }\n  }\n": types.DigestContentFieldsFragmentDoc,
    "\n  fragment DigestTranslationFields on DigestTranslation {\n    language\n    translatedAt\n    translator {\n      id\n      fullName\n    }\n    fields {\n      title\n      summary\n      facts\n      reasoning\n      commentary\n      goodPractices\n      lessons\n    }\n  }\n": types.DigestTranslationFieldsFragmentDoc,
    "\n  fragment DigestSummaryFields on DigestCaseSummary {\n    id\n    title\n    country\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    outcome\n    status\n    archived\n  }\n": types.DigestSummaryFieldsFragmentDoc,
    "\n  fragment DigestCaseFields on DigestCase {\n    id\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    publishedAt\n    archivedAt\n    revision\n    publishedRevision\n    archived\n    reviewComment\n    threadId\n    canEdit\n    canSubmit\n    canModerate\n    author {\n      id\n      fullName\n    }\n    content {\n      ...DigestContentFields\n    }\n  }\n": types.DigestCaseFieldsFragmentDoc,
    "\n  fragment DigestTermFields on DigestTerm {\n    id\n    kind\n    code\n    names {\n      language\n      text\n    }\n    position\n    archived\n  }\n": types.DigestTermFieldsFragmentDoc,
    "\n  query DigestSearch($input: DigestSearchInput!) {\n    digestSearch(input: $input) {\n      total\n      hits {\n        rank\n        case {\n          ...DigestSummaryFields\n        }\n        snippet {\n          text\n          match\n        }\n      }\n      facets {\n        countries {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        offences {\n          value\n          count\n        }\n        protocolArticles {\n          value\n          count\n        }\n        conventionArticles {\n          value\n          count\n        }\n        weapons {\n          value\n          count\n        }\n        modus {\n          value\n          count\n        }\n        outcomes {\n          value\n          count\n        }\n        courtLevels {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.DigestSearchDocument,
    "\n  query DigestTerms($kind: TaxonomyKind, $includeArchived: Boolean) {\n    digestTerms(kind: $kind, includeArchived: $includeArchived) {\n      ...DigestTermFields\n    }\n  }\n": types.DigestTermsDocument,
    "\n  query DigestCase($id: ID!, $language: String!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      localized(language: $language) {\n        language\n        originalLanguage\n        title\n        summary\n        facts\n        reasoning\n        commentary\n        goodPractices\n        lessons\n        fallbackFields\n        translatedAt\n        translator {\n          id\n          fullName\n        }\n      }\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n      related {\n        ...DigestSummaryFields\n      }\n    }\n  }\n": types.DigestCaseDocument,
    "\n  query DigestCaseEdit($id: ID!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n    }\n  }\n": types.DigestCaseEditDocument,
    "\n  query DigestCaseHistory($id: ID!) {\n    digestCase(id: $id) {\n      id\n      status\n      revision\n      canEdit\n      canModerate\n      content {\n        title\n      }\n      revisions {\n        number\n        note\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n      events {\n        id\n        kind\n        revision\n        comment\n        at\n        actor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.DigestCaseHistoryDocument,
    "\n  query DigestRevisionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    digestRevisionDiff(caseId: $caseId, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": types.DigestRevisionDiffDocument,
    "\n  query DigestCaseTranslations($id: ID!) {\n    digestCase(id: $id) {\n      id\n      canEdit\n      canModerate\n      content {\n        ...DigestContentFields\n      }\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n": types.DigestCaseTranslationsDocument,
    "\n  query DigestMyCases {\n    digestMyCases {\n      id\n      status\n      updatedAt\n      revision\n      publishedRevision\n      archived\n      reviewComment\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n": types.DigestMyCasesDocument,
    "\n  query DigestReviewQueue {\n    digestReviewQueue {\n      id\n      status\n      submittedAt\n      revision\n      author {\n        id\n        fullName\n      }\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n": types.DigestReviewQueueDocument,
    "\n  mutation CreateDigestCase($input: CaseContentInput!, $attachmentIds: [ID!]) {\n    createDigestCase(input: $input, attachmentIds: $attachmentIds) {\n      ...DigestCaseFields\n    }\n  }\n": types.CreateDigestCaseDocument,
    "\n  mutation UpdateDigestCase(\n    $id: ID!\n    $input: CaseContentInput!\n    $expectedRevision: Int!\n    $note: String\n    $attachmentIds: [ID!]\n  ) {\n    updateDigestCase(\n      id: $id\n      input: $input\n      expectedRevision: $expectedRevision\n      note: $note\n      attachmentIds: $attachmentIds\n    ) {\n      ...DigestCaseFields\n    }\n  }\n": types.UpdateDigestCaseDocument,
    "\n  mutation SubmitDigestCase($id: ID!) {\n    submitDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": types.SubmitDigestCaseDocument,
    "\n  mutation ReturnDigestCase($id: ID!, $comment: String!) {\n    returnDigestCase(id: $id, comment: $comment) {\n      ...DigestCaseFields\n    }\n  }\n": types.ReturnDigestCaseDocument,
    "\n  mutation PublishDigestCase($id: ID!) {\n    publishDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": types.PublishDigestCaseDocument,
    "\n  mutation ArchiveDigestCase($id: ID!, $reason: String!) {\n    archiveDigestCase(id: $id, reason: $reason) {\n      ...DigestCaseFields\n    }\n  }\n": types.ArchiveDigestCaseDocument,
    "\n  mutation RestoreDigestCase($id: ID!) {\n    restoreDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n": types.RestoreDigestCaseDocument,
    "\n  mutation SaveDigestTranslation($id: ID!, $language: String!, $fields: CaseTextInput!) {\n    saveDigestTranslation(id: $id, language: $language, fields: $fields) {\n      id\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n": types.SaveDigestTranslationDocument,
    "\n  mutation DiscussDigestCase($id: ID!, $categoryId: ID!) {\n    discussDigestCase(id: $id, categoryId: $categoryId)\n  }\n": types.DiscussDigestCaseDocument,
    "\n  mutation SaveDigestTerm($id: ID, $input: DigestTermInput!) {\n    saveDigestTerm(id: $id, input: $input) {\n      ...DigestTermFields\n    }\n  }\n": types.SaveDigestTermDocument,
    "\n  mutation ArchiveDigestTerm($id: ID!, $archived: Boolean!) {\n    archiveDigestTerm(id: $id, archived: $archived) {\n      ...DigestTermFields\n    }\n  }\n": types.ArchiveDigestTermDocument,
    "\n  mutation ImportDigestCases($input: DigestImportInput!) {\n    importDigestCases(input: $input) {\n      total\n      valid\n      dryRun\n      imported\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ImportDigestCasesDocument,
    "\n  fragment DiscussionCategoryFields on DiscussionCategory {\n    id\n    slug\n    name\n    names {\n      language\n      text\n    }\n    description\n    descriptions {\n      language\n      text\n    }\n    restricted\n    groups {\n      id\n      name\n    }\n    position\n    threadCount\n    unreadThreadCount\n    lastActivityAt\n    watchLevel\n  }\n": types.DiscussionCategoryFieldsFragmentDoc,
    "\n  query DiscussionCategories {\n    discussionCategories {\n      ...DiscussionCategoryFields\n    }\n  }\n": types.DiscussionCategoriesDocument,
    "\n  query DiscussionCategory($idOrSlug: String!) {\n    discussionCategory(idOrSlug: $idOrSlug) {\n      ...DiscussionCategoryFields\n    }\n  }\n": types.DiscussionCategoryDocument,
    "\n  mutation WatchDiscussionCategory($categoryId: ID!, $level: WatchLevel!) {\n    watchDiscussionCategory(categoryId: $categoryId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n": types.WatchDiscussionCategoryDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n": types.ModerationQueueCountDocument,
    "\n  fragment DiscussionGroupFields on DiscussionGroup {\n    id\n    slug\n    kind\n    name\n    description\n    memberCount\n    isMember\n  }\n": types.DiscussionGroupFieldsFragmentDoc,
    "\n  query DiscussionGroups {\n    discussionGroups {\n      ...DiscussionGroupFields\n    }\n  }\n": types.DiscussionGroupsDocument,
    "\n  query DiscussionGroupMembers($groupId: ID!, $first: Int!, $offset: Int!) {\n    discussionGroupMembers(groupId: $groupId, first: $first, offset: $offset) {\n      total\n      items {\n        addedAt\n        member {\n          id\n          fullName\n          photoUrl\n          institution\n          country\n        }\n      }\n    }\n  }\n": types.DiscussionGroupMembersDocument,
    "\n  mutation CreateDiscussionGroup($input: GroupInput!) {\n    createDiscussionGroup(input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n": types.CreateDiscussionGroupDocument,
    "\n  mutation UpdateDiscussionGroup($id: ID!, $input: GroupInput!) {\n    updateDiscussionGroup(id: $id, input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n": types.UpdateDiscussionGroupDocument,
    "\n  mutation AddDiscussionGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addDiscussionGroupMembers(groupId: $groupId, input: { userIds: $userIds }) {\n      ...DiscussionGroupFields\n    }\n  }\n": types.AddDiscussionGroupMembersDocument,
    "\n  mutation RemoveDiscussionGroupMember($groupId: ID!, $userId: ID!) {\n    removeDiscussionGroupMember(groupId: $groupId, userId: $userId) {\n      ...DiscussionGroupFields\n    }\n  }\n": types.RemoveDiscussionGroupMemberDocument,
    "\n  query AdminDiscussionCategories {\n    adminDiscussionCategories {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n      description\n      descriptions {\n        language\n        text\n      }\n      position\n      restricted\n      groups {\n        id\n        name\n      }\n    }\n  }\n": types.AdminDiscussionCategoriesDocument,
    "\n  mutation CreateDiscussionCategory($input: CategoryInput!) {\n    createDiscussionCategory(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateDiscussionCategoryDocument,
    "\n  mutation UpdateDiscussionCategory($id: ID!, $input: CategoryInput!) {\n    updateDiscussionCategory(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.UpdateDiscussionCategoryDocument,
    "\n  query ModerationQueue($first: Int!, $offset: Int!) {\n    moderationQueue(first: $first, offset: $offset) {\n      total\n      items {\n        firstFlaggedAt\n        thread {\n          id\n          title\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n        post {\n          id\n          seq\n          createdAt\n          bodyHtml\n          hidden\n          hiddenReason\n          deletedBy\n          author {\n            id\n            fullName\n            photoUrl\n          }\n        }\n        flags {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideDiscussionPost($input: PostReasonInput!) {\n    hideDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": types.HideDiscussionPostDocument,
    "\n  mutation RestoreDiscussionPost($input: PostReasonInput!) {\n    restoreDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": types.RestoreDiscussionPostDocument,
    "\n  mutation DismissDiscussionFlags($input: PostReasonInput!) {\n    dismissDiscussionFlags(input: $input) {\n      id\n    }\n  }\n": types.DismissDiscussionFlagsDocument,
    "\n  mutation LockDiscussionThread($input: ThreadModerationInput!, $locked: Boolean!) {\n    lockDiscussionThread(input: $input, locked: $locked) {\n      id\n      locked\n    }\n  }\n": types.LockDiscussionThreadDocument,
    "\n  mutation PinDiscussionThread($input: ThreadModerationInput!, $pinned: Boolean!) {\n    pinDiscussionThread(input: $input, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.PinDiscussionThreadDocument,
    "\n  mutation MoveDiscussionThread($input: MoveThreadInput!) {\n    moveDiscussionThread(input: $input) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MoveDiscussionThreadDocument,
    "\n  query DiscussionSearch(\n    $query: String!\n    $filter: SearchFilter\n    $language: String\n    $first: Int!\n    $offset: Int!\n  ) {\n    discussionSearch(query: $query, filter: $filter, language: $language, first: $first, offset: $offset) {\n      total\n      items {\n        rank\n        title {\n          text\n          match\n        }\n        excerpt {\n          text\n          match\n        }\n        post {\n          id\n          seq\n          createdAt\n          author {\n            id\n            fullName\n          }\n        }\n        thread {\n          id\n          createdAt\n          lastPostAt\n          author {\n            id\n            fullName\n          }\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DiscussionSearchDocument,
    "\n  query DiscussionAuthor($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.DiscussionAuthorDocument,
    "\n  fragment ThreadSummaryFields on DiscussionThread {\n    id\n    title\n    pinned\n    locked\n    tags\n    countries\n    replyCount\n    createdAt\n    lastPostAt\n    lastSeq\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    lastPostAuthor {\n      id\n      fullName\n    }\n    category {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n    }\n    readState {\n      unread\n      firstUnreadSeq\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query DiscussionThreads($filter: ThreadFilter, $first: Int!, $offset: Int!) {\n    discussionThreads(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n": types.DiscussionThreadsDocument,
    "\n  fragment DiscussionPostFields on DiscussionPost {\n    id\n    seq\n    opening\n    createdAt\n    editedAt\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    deletedBy\n    flaggedByMe\n    canEdit\n    canDelete\n    canSeeHistory\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    replyTo {\n      id\n      seq\n      excerpt\n      author {\n        id\n        fullName\n      }\n    }\n    attachments {\n      id\n      name\n      size\n      downloadUrl\n      previewUrl\n    }\n  }\n": types.DiscussionPostFieldsFragmentDoc,
    "\n  query DiscussionThread($id: ID!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      tags\n      countries\n      caseReference\n      language\n      createdAt\n      lastSeq\n      replyCount\n      watchLevel\n      author {\n        id\n        fullName\n      }\n      category {\n        id\n        slug\n        name\n        names {\n          language\n          text\n        }\n      }\n      readState {\n        unread\n        firstUnreadSeq\n        lastReadSeq\n      }\n      posts(afterSeq: 0, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n": types.DiscussionThreadDocument,
    "\n  query DiscussionThreadPosts($id: ID!, $afterSeq: Int!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      posts(afterSeq: $afterSeq, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n": types.DiscussionThreadPostsDocument,
    "\n  query DiscussionPostHistory($id: ID!) {\n    discussionPost(id: $id) {\n      id\n      revisions {\n        id\n        body\n        title\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.DiscussionPostHistoryDocument,
    "\n  query MentionCandidates($query: String!, $threadId: ID, $categoryId: ID) {\n    mentionCandidates(query: $query, threadId: $threadId, categoryId: $categoryId) {\n      id\n      fullName\n      photoUrl\n      institution\n      country\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation CreateDiscussionThread($input: NewThreadInput!) {\n    createDiscussionThread(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateDiscussionThreadDocument,
    "\n  mutation ReplyToDiscussionThread($input: ReplyInput!) {\n    replyToDiscussionThread(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": types.ReplyToDiscussionThreadDocument,
    "\n  mutation EditDiscussionPost($input: EditPostInput!) {\n    editDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": types.EditDiscussionPostDocument,
    "\n  mutation DeleteDiscussionPost($postId: ID!, $input: DeleteReasonInput) {\n    deleteDiscussionPost(postId: $postId, input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n": types.DeleteDiscussionPostDocument,
    "\n  mutation FlagDiscussionPost($input: PostReasonInput!) {\n    flagDiscussionPost(input: $input) {\n      id\n      flaggedByMe\n    }\n  }\n": types.FlagDiscussionPostDocument,
    "\n  mutation MarkDiscussionThreadRead($threadId: ID!, $seq: Int!) {\n    markDiscussionThreadRead(threadId: $threadId, seq: $seq) {\n      id\n    }\n  }\n": types.MarkDiscussionThreadReadDocument,
    "\n  mutation WatchDiscussionThread($threadId: ID!, $level: WatchLevel!) {\n    watchDiscussionThread(threadId: $threadId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n": types.WatchDiscussionThreadDocument,
    "\n  query KeyBackupInfo {\n    keyBackup {\n      version\n      updatedAt\n    }\n  }\n": types.KeyBackupInfoDocument,
    "\n  query KeyBackup {\n    keyBackup {\n      blob\n      version\n      updatedAt\n    }\n  }\n": types.KeyBackupDocument,
    "\n  mutation SaveKeyBackup($blob: String!, $expectedVersion: Int!) {\n    saveKeyBackup(blob: $blob, expectedVersion: $expectedVersion) {\n      version\n      updatedAt\n    }\n  }\n": types.SaveKeyBackupDocument,
    "\n  mutation DeleteKeyBackup {\n    deleteKeyBackup\n  }\n": types.DeleteKeyBackupDocument,
    "\n  fragment MyDeviceFields on Device {\n    id\n    label\n    createdAt\n    lastSeenAt\n    current\n    encryptionKey\n    signingKey\n  }\n": types.MyDeviceFieldsFragmentDoc,
    "\n  query MyDevices {\n    myDevices {\n      ...MyDeviceFields\n    }\n  }\n": types.MyDevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...MyDeviceFields\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RemoveDevice($id: ID!) {\n    removeDevice(id: $id)\n  }\n": types.RemoveDeviceDocument,
    "\n  query DeviceKeys($userIds: [ID!]!) {\n    deviceKeys(userIds: $userIds) {\n      deviceId\n      userId\n      encryptionKey\n      signingKey\n      label\n      createdAt\n    }\n  }\n": types.DeviceKeysDocument,
    "\n  query ConversationDevices($conversationId: ID!) {\n    conversationDevices(conversationId: $conversationId) {\n      deviceId\n      userId\n      encryptionKey\n    }\n  }\n": types.ConversationDevicesDocument,
    "\n  query SigningKeys($deviceIds: [ID!]!) {\n    signingKeys(deviceIds: $deviceIds) {\n      deviceId\n      userId\n      signingKey\n    }\n  }\n": types.SigningKeysDocument,
    "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n": types.HealthDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n": types.DirectoryMembersDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n": types.NationalFocalPointsDocument,
    "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n": types.ApplyDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": types.ConfirmEmailDocument,
    "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment JitPersonFields on Member {\n    id\n    fullName\n  }\n": types.JitPersonFieldsFragmentDoc,
    "\n  fragment JitWorkspaceSummaryFields on JitWorkspace {\n    id\n    name\n    reference\n    countries\n    status\n    myRole\n    myCountry\n    updatedAt\n    counts {\n      members\n      evidence\n      openRequests\n      overdueRequests\n      openTasks\n    }\n  }\n": types.JitWorkspaceSummaryFieldsFragmentDoc,
    "\n  fragment JitWorkspaceFields on JitWorkspace {\n    ...JitWorkspaceSummaryFields\n    purpose\n    agreementSignedOn\n    agreementEndsOn\n    phaseNote\n    createdAt\n    canWrite\n    canManage\n    missingLeaderCountries\n    channelId\n    members {\n      role\n      country\n      addedAt\n      member {\n        ...JitPersonFields\n      }\n    }\n    extensions {\n      id\n      previousEndsOn\n      newEndsOn\n      reason\n      extendedAt\n      extendedBy {\n        ...JitPersonFields\n      }\n    }\n  }\n": types.JitWorkspaceFieldsFragmentDoc,
    "\n  query JitWorkspaces {\n    jitWorkspaces {\n      ...JitWorkspaceSummaryFields\n    }\n  }\n": types.JitWorkspacesDocument,
    "\n  query JitWorkspace($id: ID!) {\n    jitWorkspace(id: $id) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.JitWorkspaceDocument,
    "\n  mutation CreateJitWorkspace($input: JitWorkspaceInput!) {\n    createJitWorkspace(input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.CreateJitWorkspaceDocument,
    "\n  mutation UpdateJitWorkspace($id: ID!, $input: JitWorkspaceUpdateInput!) {\n    updateJitWorkspace(id: $id, input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.UpdateJitWorkspaceDocument,
    "\n  mutation SetJitWorkspaceStatus($id: ID!, $status: JitStatus!) {\n    setJitWorkspaceStatus(id: $id, status: $status) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.SetJitWorkspaceStatusDocument,
    "\n  mutation ExtendJitAgreement($id: ID!, $newEndsOn: String!, $reason: String) {\n    extendJitAgreement(id: $id, newEndsOn: $newEndsOn, reason: $reason) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.ExtendJitAgreementDocument,
    "\n  mutation AddJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    addJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.AddJitMemberDocument,
    "\n  mutation UpdateJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    updateJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.UpdateJitMemberDocument,
    "\n  mutation RemoveJitMember($workspaceId: ID!, $memberId: ID!) {\n    removeJitMember(workspaceId: $workspaceId, memberId: $memberId) {\n      ...JitWorkspaceFields\n    }\n  }\n": types.RemoveJitMemberDocument,
    "\n  fragment JitCustodyEventFields on JitCustodyEvent {\n    id\n    evidenceId\n    evidenceNumber\n    evidenceTitle\n    action\n    at\n    sessionRef\n    fields\n    sha256\n    format\n    reason\n    actor {\n      ...JitPersonFields\n    }\n    fromMember {\n      ...JitPersonFields\n    }\n    toMember {\n      ...JitPersonFields\n    }\n  }\n": types.JitCustodyEventFieldsFragmentDoc,
    "\n  fragment JitEvidenceFields on JitEvidence {\n    id\n    workspaceId\n    number\n    title\n    description\n    type\n    originCountry\n    collectedBy\n    collectedAt\n    legalBasis\n    classification\n    sealed\n    sealedAt\n    integrity\n    lastVerifiedAt\n    createdAt\n    updatedAt\n    file {\n      name\n      contentType\n      size\n      sha256\n      downloadUrl\n    }\n    custodian {\n      ...JitPersonFields\n    }\n    sealedBy {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n  }\n": types.JitEvidenceFieldsFragmentDoc,
    "\n  query JitEvidence($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n  }\n": types.JitEvidenceDocument,
    "\n  query JitEvidenceItem($id: ID!) {\n    jitEvidenceItem(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": types.JitEvidenceItemDocument,
    "\n  query JitCustodyLog($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n    jitCustodyLog(workspaceId: $workspaceId) {\n      ...JitCustodyEventFields\n    }\n  }\n": types.JitCustodyLogDocument,
    "\n  mutation CreateJitEvidence($input: JitEvidenceInput!) {\n    createJitEvidence(input: $input) {\n      ...JitEvidenceFields\n    }\n  }\n": types.CreateJitEvidenceDocument,
    "\n  mutation UpdateJitEvidence($id: ID!, $input: JitEvidenceUpdateInput!) {\n    updateJitEvidence(id: $id, input: $input) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": types.UpdateJitEvidenceDocument,
    "\n  mutation TransferJitEvidence($id: ID!, $toMemberId: ID!) {\n    transferJitEvidence(id: $id, toMemberId: $toMemberId) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": types.TransferJitEvidenceDocument,
    "\n  mutation SealJitEvidence($id: ID!) {\n    sealJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": types.SealJitEvidenceDocument,
    "\n  mutation VerifyJitEvidence($id: ID!) {\n    verifyJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n": types.VerifyJitEvidenceDocument,
    "\n  mutation DeleteJitEvidence($id: ID!, $reason: String!) {\n    deleteJitEvidence(id: $id, reason: $reason)\n  }\n": types.DeleteJitEvidenceDocument,
    "\n  fragment LegalRequestFields on LegalRequest {\n    id\n    workspaceId\n    type\n    status\n    subject\n    requestingCountry\n    requestingAuthority\n    requestedCountry\n    requestedAuthority\n    requestingReference\n    requestedReference\n    draftedOn\n    sentOn\n    acknowledgedOn\n    dueOn\n    answeredOn\n    overdue\n    createdAt\n    updatedAt\n    responsible {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    tracing {\n      manufacturer\n      model\n      calibre\n      serialNumber\n      countryOfManufacture\n      importMarking\n    }\n  }\n": types.LegalRequestFieldsFragmentDoc,
    "\n  fragment LegalRequestDetailFields on LegalRequest {\n    ...LegalRequestFields\n    history {\n      id\n      kind\n      at\n      fromStatus\n      toStatus\n      comment\n      fields\n      actor {\n        ...JitPersonFields\n      }\n    }\n  }\n": types.LegalRequestDetailFieldsFragmentDoc,
    "\n  query JitRequests($workspaceId: ID!) {\n    jitRequests(workspaceId: $workspaceId) {\n      ...LegalRequestFields\n    }\n  }\n": types.JitRequestsDocument,
    "\n  query JitRequest($id: ID!) {\n    jitRequest(id: $id) {\n      ...LegalRequestDetailFields\n    }\n  }\n": types.JitRequestDocument,
    "\n  mutation CreateLegalRequest($input: LegalRequestInput!) {\n    createLegalRequest(input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n": types.CreateLegalRequestDocument,
    "\n  mutation UpdateLegalRequest($id: ID!, $input: LegalRequestUpdateInput!) {\n    updateLegalRequest(id: $id, input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n": types.UpdateLegalRequestDocument,
    "\n  mutation SetLegalRequestStatus($id: ID!, $status: LegalRequestStatus!, $comment: String) {\n    setLegalRequestStatus(id: $id, status: $status, comment: $comment) {\n      ...LegalRequestDetailFields\n    }\n  }\n": types.SetLegalRequestStatusDocument,
    "\n  mutation CommentLegalRequest($id: ID!, $body: String!) {\n    commentLegalRequest(id: $id, body: $body) {\n      ...LegalRequestDetailFields\n    }\n  }\n": types.CommentLegalRequestDocument,
    "\n  fragment JitTaskFields on JitTask {\n    id\n    workspaceId\n    title\n    description\n    dueOn\n    status\n    overdue\n    createdAt\n    updatedAt\n    assignee {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...JitPersonFields\n      }\n    }\n  }\n": types.JitTaskFieldsFragmentDoc,
    "\n  query JitTasks($workspaceId: ID!) {\n    jitTasks(workspaceId: $workspaceId) {\n      ...JitTaskFields\n    }\n  }\n": types.JitTasksDocument,
    "\n  mutation CreateJitTask($input: JitTaskInput!) {\n    createJitTask(input: $input) {\n      ...JitTaskFields\n    }\n  }\n": types.CreateJitTaskDocument,
    "\n  mutation UpdateJitTask($id: ID!, $input: JitTaskUpdateInput!) {\n    updateJitTask(id: $id, input: $input) {\n      ...JitTaskFields\n    }\n  }\n": types.UpdateJitTaskDocument,
    "\n  mutation SetJitTaskStatus($id: ID!, $status: JitTaskStatus!) {\n    setJitTaskStatus(id: $id, status: $status) {\n      ...JitTaskFields\n    }\n  }\n": types.SetJitTaskStatusDocument,
    "\n  mutation CommentJitTask($id: ID!, $body: String!) {\n    commentJitTask(id: $id, body: $body) {\n      ...JitTaskFields\n    }\n  }\n": types.CommentJitTaskDocument,
    "\n  fragment JitNoteFields on JitNote {\n    id\n    workspaceId\n    kind\n    title\n    body\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...JitPersonFields\n    }\n    updatedBy {\n      ...JitPersonFields\n    }\n  }\n": types.JitNoteFieldsFragmentDoc,
    "\n  query JitNotes($workspaceId: ID!) {\n    jitNotes(workspaceId: $workspaceId) {\n      ...JitNoteFields\n    }\n  }\n": types.JitNotesDocument,
    "\n  query JitNote($id: ID!) {\n    jitNote(id: $id) {\n      ...JitNoteFields\n      revisions {\n        version\n        title\n        body\n        editedAt\n        editedBy {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n": types.JitNoteDocument,
    "\n  mutation CreateJitNote($input: JitNoteInput!) {\n    createJitNote(input: $input) {\n      ...JitNoteFields\n    }\n  }\n": types.CreateJitNoteDocument,
    "\n  mutation UpdateJitNote($id: ID!, $input: JitNoteUpdateInput!) {\n    updateJitNote(id: $id, input: $input) {\n      ...JitNoteFields\n    }\n  }\n": types.UpdateJitNoteDocument,
    "\n  query JitActivity($workspaceId: ID!, $before: ID, $first: Int) {\n    jitActivity(workspaceId: $workspaceId, before: $before, first: $first) {\n      hasMore\n      items {\n        id\n        action\n        subjectType\n        subjectId\n        summary\n        at\n        actor {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n": types.JitActivityDocument,
    "\n  query MessagingUnreadCount {\n    messagingUnreadCount\n  }\n": types.MessagingUnreadCountDocument,
    "\n  fragment ChatMessageFields on Message {\n    id\n    conversationId\n    clientId\n    senderId\n    seq\n    changeSeq\n    scheme\n    payload\n    replyToId\n    createdAt\n    editedAt\n    deletedAt\n    attachments {\n      id\n      name\n      contentType\n      size\n      hasPreview\n      downloadUrl\n      previewUrl\n    }\n  }\n": types.ChatMessageFieldsFragmentDoc,
    "\n  fragment ConversationMemberFields on ConversationMember {\n    role\n    deliveredSeq\n    readSeq\n    readAt\n    member {\n      id\n      fullName\n      photoUrl\n    }\n  }\n": types.ConversationMemberFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    jitWorkspaceId\n    myRole\n    muted\n    unreadCount\n    lastActivityAt\n    createdAt\n    members {\n      ...ConversationMemberFields\n    }\n    lastMessage {\n      id\n      clientId\n      senderId\n      seq\n      changeSeq\n      payload\n      scheme\n      deletedAt\n      createdAt\n      attachments {\n        id\n      }\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($first: Int!, $offset: Int!) {\n    conversations(first: $first, offset: $offset) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $beforeSeq: Float, $first: Int!) {\n    messages(conversationId: $conversationId, beforeSeq: $beforeSeq, first: $first) {\n      hasMore\n      items {\n        ...ChatMessageFields\n        replyTo {\n          ...ChatMessageFields\n        }\n      }\n    }\n  }\n": types.MessagesDocument,
    "\n  query MessageReaders($messageId: ID!) {\n    messageReaders(messageId: $messageId) {\n      readAt\n      member {\n        id\n        fullName\n      }\n    }\n  }\n": types.MessageReadersDocument,
    "\n  mutation StartDirectConversation($memberId: ID!) {\n    startDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": types.StartDirectConversationDocument,
    "\n  mutation CreateGroupConversation($input: NewGroupInput!) {\n    createGroupConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.CreateGroupConversationDocument,
    "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      ...ConversationFields\n    }\n  }\n": types.RenameConversationDocument,
    "\n  mutation AddConversationMembers($id: ID!, $memberIds: [ID!]!) {\n    addConversationMembers(id: $id, memberIds: $memberIds) {\n      ...ConversationFields\n    }\n  }\n": types.AddConversationMembersDocument,
    "\n  mutation RemoveConversationMember($id: ID!, $memberId: ID!) {\n    removeConversationMember(id: $id, memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": types.RemoveConversationMemberDocument,
    "\n  mutation LeaveConversation($id: ID!) {\n    leaveConversation(id: $id)\n  }\n": types.LeaveConversationDocument,
    "\n  mutation SetConversationMuted($id: ID!, $muted: Boolean!) {\n    setConversationMuted(id: $id, muted: $muted) {\n      ...ConversationFields\n    }\n  }\n": types.SetConversationMutedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    read\n    link\n    title\n    excerpt\n    actor {\n      id\n      fullName\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      endCursor\n      hasNextPage\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"): (typeof documents)["\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestContentFields on CaseContent {\n    title\n    country\n    jurisdiction\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    proceduralStage\n    relatedCaseIds\n    legalSystem\n    decisionLanguage\n    contentLanguage\n    offences\n    protocolArticles\n    conventionArticles\n    weapons {\n      type\n      quantity\n    }\n    modusOperandi\n    route {\n      country\n      role\n    }\n    defendants {\n      label\n      role\n      charges\n      verdict\n      sentenceMonths\n      fine\n      confiscation\n    }\n    outcome\n    summary\n    facts\n    reasoning\n    commentary\n    goodPractices\n    lessons\n    keywords\n    sources {\n      url\n      citation\n    }\n  }\n"): (typeof documents)["\n  fragment DigestContentFields on CaseContent {\n    title\n    country\n    jurisdiction\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    proceduralStage\n    relatedCaseIds\n    legalSystem\n    decisionLanguage\n    contentLanguage\n    offences\n    protocolArticles\n    conventionArticles\n    weapons {\n      type\n      quantity\n    }\n    modusOperandi\n    route {\n      country\n      role\n    }\n    defendants {\n      label\n      role\n      charges\n      verdict\n      sentenceMonths\n      fine\n      confiscation\n    }\n    outcome\n    summary\n    facts\n    reasoning\n    commentary\n    goodPractices\n    lessons\n    keywords\n    sources {\n      url\n      citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestTranslationFields on DigestTranslation {\n    language\n    translatedAt\n    translator {\n      id\n      fullName\n    }\n    fields {\n      title\n      summary\n      facts\n      reasoning\n      commentary\n      goodPractices\n      lessons\n    }\n  }\n"): (typeof documents)["\n  fragment DigestTranslationFields on DigestTranslation {\n    language\n    translatedAt\n    translator {\n      id\n      fullName\n    }\n    fields {\n      title\n      summary\n      facts\n      reasoning\n      commentary\n      goodPractices\n      lessons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestSummaryFields on DigestCaseSummary {\n    id\n    title\n    country\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    outcome\n    status\n    archived\n  }\n"): (typeof documents)["\n  fragment DigestSummaryFields on DigestCaseSummary {\n    id\n    title\n    country\n    court\n    courtLevel\n    caseNumber\n    decisionDate\n    outcome\n    status\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestCaseFields on DigestCase {\n    id\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    publishedAt\n    archivedAt\n    revision\n    publishedRevision\n    archived\n    reviewComment\n    threadId\n    canEdit\n    canSubmit\n    canModerate\n    author {\n      id\n      fullName\n    }\n    content {\n      ...DigestContentFields\n    }\n  }\n"): (typeof documents)["\n  fragment DigestCaseFields on DigestCase {\n    id\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    publishedAt\n    archivedAt\n    revision\n    publishedRevision\n    archived\n    reviewComment\n    threadId\n    canEdit\n    canSubmit\n    canModerate\n    author {\n      id\n      fullName\n    }\n    content {\n      ...DigestContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestTermFields on DigestTerm {\n    id\n    kind\n    code\n    names {\n      language\n      text\n    }\n    position\n    archived\n  }\n"): (typeof documents)["\n  fragment DigestTermFields on DigestTerm {\n    id\n    kind\n    code\n    names {\n      language\n      text\n    }\n    position\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestSearch($input: DigestSearchInput!) {\n    digestSearch(input: $input) {\n      total\n      hits {\n        rank\n        case {\n          ...DigestSummaryFields\n        }\n        snippet {\n          text\n          match\n        }\n      }\n      facets {\n        countries {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        offences {\n          value\n          count\n        }\n        protocolArticles {\n          value\n          count\n        }\n        conventionArticles {\n          value\n          count\n        }\n        weapons {\n          value\n          count\n        }\n        modus {\n          value\n          count\n        }\n        outcomes {\n          value\n          count\n        }\n        courtLevels {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestSearch($input: DigestSearchInput!) {\n    digestSearch(input: $input) {\n      total\n      hits {\n        rank\n        case {\n          ...DigestSummaryFields\n        }\n        snippet {\n          text\n          match\n        }\n      }\n      facets {\n        countries {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        offences {\n          value\n          count\n        }\n        protocolArticles {\n          value\n          count\n        }\n        conventionArticles {\n          value\n          count\n        }\n        weapons {\n          value\n          count\n        }\n        modus {\n          value\n          count\n        }\n        outcomes {\n          value\n          count\n        }\n        courtLevels {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestTerms($kind: TaxonomyKind, $includeArchived: Boolean) {\n    digestTerms(kind: $kind, includeArchived: $includeArchived) {\n      ...DigestTermFields\n    }\n  }\n"): (typeof documents)["\n  query DigestTerms($kind: TaxonomyKind, $includeArchived: Boolean) {\n    digestTerms(kind: $kind, includeArchived: $includeArchived) {\n      ...DigestTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestCase($id: ID!, $language: String!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      localized(language: $language) {\n        language\n        originalLanguage\n        title\n        summary\n        facts\n        reasoning\n        commentary\n        goodPractices\n        lessons\n        fallbackFields\n        translatedAt\n        translator {\n          id\n          fullName\n        }\n      }\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n      related {\n        ...DigestSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestCase($id: ID!, $language: String!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      localized(language: $language) {\n        language\n        originalLanguage\n        title\n        summary\n        facts\n        reasoning\n        commentary\n        goodPractices\n        lessons\n        fallbackFields\n        translatedAt\n        translator {\n          id\n          fullName\n        }\n      }\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n      related {\n        ...DigestSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestCaseEdit($id: ID!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestCaseEdit($id: ID!) {\n    digestCase(id: $id) {\n      ...DigestCaseFields\n      attachments {\n        id\n        name\n        size\n        downloadUrl\n        previewUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestCaseHistory($id: ID!) {\n    digestCase(id: $id) {\n      id\n      status\n      revision\n      canEdit\n      canModerate\n      content {\n        title\n      }\n      revisions {\n        number\n        note\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n      events {\n        id\n        kind\n        revision\n        comment\n        at\n        actor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestCaseHistory($id: ID!) {\n    digestCase(id: $id) {\n      id\n      status\n      revision\n      canEdit\n      canModerate\n      content {\n        title\n      }\n      revisions {\n        number\n        note\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n      events {\n        id\n        kind\n        revision\n        comment\n        at\n        actor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestRevisionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    digestRevisionDiff(caseId: $caseId, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query DigestRevisionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    digestRevisionDiff(caseId: $caseId, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestCaseTranslations($id: ID!) {\n    digestCase(id: $id) {\n      id\n      canEdit\n      canModerate\n      content {\n        ...DigestContentFields\n      }\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestCaseTranslations($id: ID!) {\n    digestCase(id: $id) {\n      id\n      canEdit\n      canModerate\n      content {\n        ...DigestContentFields\n      }\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestMyCases {\n    digestMyCases {\n      id\n      status\n      updatedAt\n      revision\n      publishedRevision\n      archived\n      reviewComment\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestMyCases {\n    digestMyCases {\n      id\n      status\n      updatedAt\n      revision\n      publishedRevision\n      archived\n      reviewComment\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestReviewQueue {\n    digestReviewQueue {\n      id\n      status\n      submittedAt\n      revision\n      author {\n        id\n        fullName\n      }\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestReviewQueue {\n    digestReviewQueue {\n      id\n      status\n      submittedAt\n      revision\n      author {\n        id\n        fullName\n      }\n      content {\n        title\n        country\n        court\n        decisionDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDigestCase($input: CaseContentInput!, $attachmentIds: [ID!]) {\n    createDigestCase(input: $input, attachmentIds: $attachmentIds) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDigestCase($input: CaseContentInput!, $attachmentIds: [ID!]) {\n    createDigestCase(input: $input, attachmentIds: $attachmentIds) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDigestCase(\n    $id: ID!\n    $input: CaseContentInput!\n    $expectedRevision: Int!\n    $note: String\n    $attachmentIds: [ID!]\n  ) {\n    updateDigestCase(\n      id: $id\n      input: $input\n      expectedRevision: $expectedRevision\n      note: $note\n      attachmentIds: $attachmentIds\n    ) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDigestCase(\n    $id: ID!\n    $input: CaseContentInput!\n    $expectedRevision: Int!\n    $note: String\n    $attachmentIds: [ID!]\n  ) {\n    updateDigestCase(\n      id: $id\n      input: $input\n      expectedRevision: $expectedRevision\n      note: $note\n      attachmentIds: $attachmentIds\n    ) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDigestCase($id: ID!) {\n    submitDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDigestCase($id: ID!) {\n    submitDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnDigestCase($id: ID!, $comment: String!) {\n    returnDigestCase(id: $id, comment: $comment) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnDigestCase($id: ID!, $comment: String!) {\n    returnDigestCase(id: $id, comment: $comment) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDigestCase($id: ID!) {\n    publishDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDigestCase($id: ID!) {\n    publishDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDigestCase($id: ID!, $reason: String!) {\n    archiveDigestCase(id: $id, reason: $reason) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveDigestCase($id: ID!, $reason: String!) {\n    archiveDigestCase(id: $id, reason: $reason) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDigestCase($id: ID!) {\n    restoreDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDigestCase($id: ID!) {\n    restoreDigestCase(id: $id) {\n      ...DigestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDigestTranslation($id: ID!, $language: String!, $fields: CaseTextInput!) {\n    saveDigestTranslation(id: $id, language: $language, fields: $fields) {\n      id\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDigestTranslation($id: ID!, $language: String!, $fields: CaseTextInput!) {\n    saveDigestTranslation(id: $id, language: $language, fields: $fields) {\n      id\n      translations {\n        ...DigestTranslationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussDigestCase($id: ID!, $categoryId: ID!) {\n    discussDigestCase(id: $id, categoryId: $categoryId)\n  }\n"): (typeof documents)["\n  mutation DiscussDigestCase($id: ID!, $categoryId: ID!) {\n    discussDigestCase(id: $id, categoryId: $categoryId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDigestTerm($id: ID, $input: DigestTermInput!) {\n    saveDigestTerm(id: $id, input: $input) {\n      ...DigestTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDigestTerm($id: ID, $input: DigestTermInput!) {\n    saveDigestTerm(id: $id, input: $input) {\n      ...DigestTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDigestTerm($id: ID!, $archived: Boolean!) {\n    archiveDigestTerm(id: $id, archived: $archived) {\n      ...DigestTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveDigestTerm($id: ID!, $archived: Boolean!) {\n    archiveDigestTerm(id: $id, archived: $archived) {\n      ...DigestTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDigestCases($input: DigestImportInput!) {\n    importDigestCases(input: $input) {\n      total\n      valid\n      dryRun\n      imported\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDigestCases($input: DigestImportInput!) {\n    importDigestCases(input: $input) {\n      total\n      valid\n      dryRun\n      imported\n      problems {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionCategoryFields on DiscussionCategory {\n    id\n    slug\n    name\n    names {\n      language\n      text\n    }\n    description\n    descriptions {\n      language\n      text\n    }\n    restricted\n    groups {\n      id\n      name\n    }\n    position\n    threadCount\n    unreadThreadCount\n    lastActivityAt\n    watchLevel\n  }\n"): (typeof documents)["\n  fragment DiscussionCategoryFields on DiscussionCategory {\n    id\n    slug\n    name\n    names {\n      language\n      text\n    }\n    description\n    descriptions {\n      language\n      text\n    }\n    restricted\n    groups {\n      id\n      name\n    }\n    position\n    threadCount\n    unreadThreadCount\n    lastActivityAt\n    watchLevel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionCategories {\n    discussionCategories {\n      ...DiscussionCategoryFields\n    }\n  }\n"): (typeof documents)["\n  query DiscussionCategories {\n    discussionCategories {\n      ...DiscussionCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionCategory($idOrSlug: String!) {\n    discussionCategory(idOrSlug: $idOrSlug) {\n      ...DiscussionCategoryFields\n    }\n  }\n"): (typeof documents)["\n  query DiscussionCategory($idOrSlug: String!) {\n    discussionCategory(idOrSlug: $idOrSlug) {\n      ...DiscussionCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchDiscussionCategory($categoryId: ID!, $level: WatchLevel!) {\n    watchDiscussionCategory(categoryId: $categoryId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n"): (typeof documents)["\n  mutation WatchDiscussionCategory($categoryId: ID!, $level: WatchLevel!) {\n    watchDiscussionCategory(categoryId: $categoryId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n"): (typeof documents)["\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionGroupFields on DiscussionGroup {\n    id\n    slug\n    kind\n    name\n    description\n    memberCount\n    isMember\n  }\n"): (typeof documents)["\n  fragment DiscussionGroupFields on DiscussionGroup {\n    id\n    slug\n    kind\n    name\n    description\n    memberCount\n    isMember\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionGroups {\n    discussionGroups {\n      ...DiscussionGroupFields\n    }\n  }\n"): (typeof documents)["\n  query DiscussionGroups {\n    discussionGroups {\n      ...DiscussionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionGroupMembers($groupId: ID!, $first: Int!, $offset: Int!) {\n    discussionGroupMembers(groupId: $groupId, first: $first, offset: $offset) {\n      total\n      items {\n        addedAt\n        member {\n          id\n          fullName\n          photoUrl\n          institution\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionGroupMembers($groupId: ID!, $first: Int!, $offset: Int!) {\n    discussionGroupMembers(groupId: $groupId, first: $first, offset: $offset) {\n      total\n      items {\n        addedAt\n        member {\n          id\n          fullName\n          photoUrl\n          institution\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDiscussionGroup($input: GroupInput!) {\n    createDiscussionGroup(input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDiscussionGroup($input: GroupInput!) {\n    createDiscussionGroup(input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDiscussionGroup($id: ID!, $input: GroupInput!) {\n    updateDiscussionGroup(id: $id, input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDiscussionGroup($id: ID!, $input: GroupInput!) {\n    updateDiscussionGroup(id: $id, input: $input) {\n      ...DiscussionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDiscussionGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addDiscussionGroupMembers(groupId: $groupId, input: { userIds: $userIds }) {\n      ...DiscussionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDiscussionGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addDiscussionGroupMembers(groupId: $groupId, input: { userIds: $userIds }) {\n      ...DiscussionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDiscussionGroupMember($groupId: ID!, $userId: ID!) {\n    removeDiscussionGroupMember(groupId: $groupId, userId: $userId) {\n      ...DiscussionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDiscussionGroupMember($groupId: ID!, $userId: ID!) {\n    removeDiscussionGroupMember(groupId: $groupId, userId: $userId) {\n      ...DiscussionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDiscussionCategories {\n    adminDiscussionCategories {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n      description\n      descriptions {\n        language\n        text\n      }\n      position\n      restricted\n      groups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDiscussionCategories {\n    adminDiscussionCategories {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n      description\n      descriptions {\n        language\n        text\n      }\n      position\n      restricted\n      groups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDiscussionCategory($input: CategoryInput!) {\n    createDiscussionCategory(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDiscussionCategory($input: CategoryInput!) {\n    createDiscussionCategory(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDiscussionCategory($id: ID!, $input: CategoryInput!) {\n    updateDiscussionCategory(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDiscussionCategory($id: ID!, $input: CategoryInput!) {\n    updateDiscussionCategory(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int!, $offset: Int!) {\n    moderationQueue(first: $first, offset: $offset) {\n      total\n      items {\n        firstFlaggedAt\n        thread {\n          id\n          title\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n        post {\n          id\n          seq\n          createdAt\n          bodyHtml\n          hidden\n          hiddenReason\n          deletedBy\n          author {\n            id\n            fullName\n            photoUrl\n          }\n        }\n        flags {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int!, $offset: Int!) {\n    moderationQueue(first: $first, offset: $offset) {\n      total\n      items {\n        firstFlaggedAt\n        thread {\n          id\n          title\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n        post {\n          id\n          seq\n          createdAt\n          bodyHtml\n          hidden\n          hiddenReason\n          deletedBy\n          author {\n            id\n            fullName\n            photoUrl\n          }\n        }\n        flags {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideDiscussionPost($input: PostReasonInput!) {\n    hideDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideDiscussionPost($input: PostReasonInput!) {\n    hideDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDiscussionPost($input: PostReasonInput!) {\n    restoreDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDiscussionPost($input: PostReasonInput!) {\n    restoreDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissDiscussionFlags($input: PostReasonInput!) {\n    dismissDiscussionFlags(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DismissDiscussionFlags($input: PostReasonInput!) {\n    dismissDiscussionFlags(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockDiscussionThread($input: ThreadModerationInput!, $locked: Boolean!) {\n    lockDiscussionThread(input: $input, locked: $locked) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation LockDiscussionThread($input: ThreadModerationInput!, $locked: Boolean!) {\n    lockDiscussionThread(input: $input, locked: $locked) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinDiscussionThread($input: ThreadModerationInput!, $pinned: Boolean!) {\n    pinDiscussionThread(input: $input, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinDiscussionThread($input: ThreadModerationInput!, $pinned: Boolean!) {\n    pinDiscussionThread(input: $input, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDiscussionThread($input: MoveThreadInput!) {\n    moveDiscussionThread(input: $input) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveDiscussionThread($input: MoveThreadInput!) {\n    moveDiscussionThread(input: $input) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionSearch(\n    $query: String!\n    $filter: SearchFilter\n    $language: String\n    $first: Int!\n    $offset: Int!\n  ) {\n    discussionSearch(query: $query, filter: $filter, language: $language, first: $first, offset: $offset) {\n      total\n      items {\n        rank\n        title {\n          text\n          match\n        }\n        excerpt {\n          text\n          match\n        }\n        post {\n          id\n          seq\n          createdAt\n          author {\n            id\n            fullName\n          }\n        }\n        thread {\n          id\n          createdAt\n          lastPostAt\n          author {\n            id\n            fullName\n          }\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionSearch(\n    $query: String!\n    $filter: SearchFilter\n    $language: String\n    $first: Int!\n    $offset: Int!\n  ) {\n    discussionSearch(query: $query, filter: $filter, language: $language, first: $first, offset: $offset) {\n      total\n      items {\n        rank\n        title {\n          text\n          match\n        }\n        excerpt {\n          text\n          match\n        }\n        post {\n          id\n          seq\n          createdAt\n          author {\n            id\n            fullName\n          }\n        }\n        thread {\n          id\n          createdAt\n          lastPostAt\n          author {\n            id\n            fullName\n          }\n          category {\n            id\n            slug\n            name\n            names {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionAuthor($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query DiscussionAuthor($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on DiscussionThread {\n    id\n    title\n    pinned\n    locked\n    tags\n    countries\n    replyCount\n    createdAt\n    lastPostAt\n    lastSeq\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    lastPostAuthor {\n      id\n      fullName\n    }\n    category {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n    }\n    readState {\n      unread\n      firstUnreadSeq\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on DiscussionThread {\n    id\n    title\n    pinned\n    locked\n    tags\n    countries\n    replyCount\n    createdAt\n    lastPostAt\n    lastSeq\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    lastPostAuthor {\n      id\n      fullName\n    }\n    category {\n      id\n      slug\n      name\n      names {\n        language\n        text\n      }\n    }\n    readState {\n      unread\n      firstUnreadSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionThreads($filter: ThreadFilter, $first: Int!, $offset: Int!) {\n    discussionThreads(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionThreads($filter: ThreadFilter, $first: Int!, $offset: Int!) {\n    discussionThreads(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionPostFields on DiscussionPost {\n    id\n    seq\n    opening\n    createdAt\n    editedAt\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    deletedBy\n    flaggedByMe\n    canEdit\n    canDelete\n    canSeeHistory\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    replyTo {\n      id\n      seq\n      excerpt\n      author {\n        id\n        fullName\n      }\n    }\n    attachments {\n      id\n      name\n      size\n      downloadUrl\n      previewUrl\n    }\n  }\n"): (typeof documents)["\n  fragment DiscussionPostFields on DiscussionPost {\n    id\n    seq\n    opening\n    createdAt\n    editedAt\n    body\n    bodyHtml\n    hidden\n    hiddenReason\n    deletedBy\n    flaggedByMe\n    canEdit\n    canDelete\n    canSeeHistory\n    author {\n      id\n      fullName\n      photoUrl\n    }\n    replyTo {\n      id\n      seq\n      excerpt\n      author {\n        id\n        fullName\n      }\n    }\n    attachments {\n      id\n      name\n      size\n      downloadUrl\n      previewUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionThread($id: ID!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      tags\n      countries\n      caseReference\n      language\n      createdAt\n      lastSeq\n      replyCount\n      watchLevel\n      author {\n        id\n        fullName\n      }\n      category {\n        id\n        slug\n        name\n        names {\n          language\n          text\n        }\n      }\n      readState {\n        unread\n        firstUnreadSeq\n        lastReadSeq\n      }\n      posts(afterSeq: 0, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionThread($id: ID!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      tags\n      countries\n      caseReference\n      language\n      createdAt\n      lastSeq\n      replyCount\n      watchLevel\n      author {\n        id\n        fullName\n      }\n      category {\n        id\n        slug\n        name\n        names {\n          language\n          text\n        }\n      }\n      readState {\n        unread\n        firstUnreadSeq\n        lastReadSeq\n      }\n      posts(afterSeq: 0, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionThreadPosts($id: ID!, $afterSeq: Int!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      posts(afterSeq: $afterSeq, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionThreadPosts($id: ID!, $afterSeq: Int!, $first: Int!) {\n    discussionThread(id: $id) {\n      id\n      posts(afterSeq: $afterSeq, first: $first) {\n        total\n        hasMore\n        items {\n          ...DiscussionPostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionPostHistory($id: ID!) {\n    discussionPost(id: $id) {\n      id\n      revisions {\n        id\n        body\n        title\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionPostHistory($id: ID!) {\n    discussionPost(id: $id) {\n      id\n      revisions {\n        id\n        body\n        title\n        createdAt\n        editor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!, $threadId: ID, $categoryId: ID) {\n    mentionCandidates(query: $query, threadId: $threadId, categoryId: $categoryId) {\n      id\n      fullName\n      photoUrl\n      institution\n      country\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!, $threadId: ID, $categoryId: ID) {\n    mentionCandidates(query: $query, threadId: $threadId, categoryId: $categoryId) {\n      id\n      fullName\n      photoUrl\n      institution\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDiscussionThread($input: NewThreadInput!) {\n    createDiscussionThread(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDiscussionThread($input: NewThreadInput!) {\n    createDiscussionThread(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToDiscussionThread($input: ReplyInput!) {\n    replyToDiscussionThread(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToDiscussionThread($input: ReplyInput!) {\n    replyToDiscussionThread(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditDiscussionPost($input: EditPostInput!) {\n    editDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditDiscussionPost($input: EditPostInput!) {\n    editDiscussionPost(input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDiscussionPost($postId: ID!, $input: DeleteReasonInput) {\n    deleteDiscussionPost(postId: $postId, input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDiscussionPost($postId: ID!, $input: DeleteReasonInput) {\n    deleteDiscussionPost(postId: $postId, input: $input) {\n      ...DiscussionPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagDiscussionPost($input: PostReasonInput!) {\n    flagDiscussionPost(input: $input) {\n      id\n      flaggedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation FlagDiscussionPost($input: PostReasonInput!) {\n    flagDiscussionPost(input: $input) {\n      id\n      flaggedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDiscussionThreadRead($threadId: ID!, $seq: Int!) {\n    markDiscussionThreadRead(threadId: $threadId, seq: $seq) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDiscussionThreadRead($threadId: ID!, $seq: Int!) {\n    markDiscussionThreadRead(threadId: $threadId, seq: $seq) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchDiscussionThread($threadId: ID!, $level: WatchLevel!) {\n    watchDiscussionThread(threadId: $threadId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n"): (typeof documents)["\n  mutation WatchDiscussionThread($threadId: ID!, $level: WatchLevel!) {\n    watchDiscussionThread(threadId: $threadId, input: { level: $level }) {\n      id\n      watchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyBackupInfo {\n    keyBackup {\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query KeyBackupInfo {\n    keyBackup {\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyBackup {\n    keyBackup {\n      blob\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query KeyBackup {\n    keyBackup {\n      blob\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveKeyBackup($blob: String!, $expectedVersion: Int!) {\n    saveKeyBackup(blob: $blob, expectedVersion: $expectedVersion) {\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveKeyBackup($blob: String!, $expectedVersion: Int!) {\n    saveKeyBackup(blob: $blob, expectedVersion: $expectedVersion) {\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKeyBackup {\n    deleteKeyBackup\n  }\n"): (typeof documents)["\n  mutation DeleteKeyBackup {\n    deleteKeyBackup\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyDeviceFields on Device {\n    id\n    label\n    createdAt\n    lastSeenAt\n    current\n    encryptionKey\n    signingKey\n  }\n"): (typeof documents)["\n  fragment MyDeviceFields on Device {\n    id\n    label\n    createdAt\n    lastSeenAt\n    current\n    encryptionKey\n    signingKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDevices {\n    myDevices {\n      ...MyDeviceFields\n    }\n  }\n"): (typeof documents)["\n  query MyDevices {\n    myDevices {\n      ...MyDeviceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...MyDeviceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...MyDeviceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDevice($id: ID!) {\n    removeDevice(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDevice($id: ID!) {\n    removeDevice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceKeys($userIds: [ID!]!) {\n    deviceKeys(userIds: $userIds) {\n      deviceId\n      userId\n      encryptionKey\n      signingKey\n      label\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DeviceKeys($userIds: [ID!]!) {\n    deviceKeys(userIds: $userIds) {\n      deviceId\n      userId\n      encryptionKey\n      signingKey\n      label\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationDevices($conversationId: ID!) {\n    conversationDevices(conversationId: $conversationId) {\n      deviceId\n      userId\n      encryptionKey\n    }\n  }\n"): (typeof documents)["\n  query ConversationDevices($conversationId: ID!) {\n    conversationDevices(conversationId: $conversationId) {\n      deviceId\n      userId\n      encryptionKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningKeys($deviceIds: [ID!]!) {\n    signingKeys(deviceIds: $deviceIds) {\n      deviceId\n      userId\n      signingKey\n    }\n  }\n"): (typeof documents)["\n  query SigningKeys($deviceIds: [ID!]!) {\n    signingKeys(deviceIds: $deviceIds) {\n      deviceId\n      userId\n      signingKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n"): (typeof documents)["\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n"): (typeof documents)["\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitPersonFields on Member {\n    id\n    fullName\n  }\n"): (typeof documents)["\n  fragment JitPersonFields on Member {\n    id\n    fullName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitWorkspaceSummaryFields on JitWorkspace {\n    id\n    name\n    reference\n    countries\n    status\n    myRole\n    myCountry\n    updatedAt\n    counts {\n      members\n      evidence\n      openRequests\n      overdueRequests\n      openTasks\n    }\n  }\n"): (typeof documents)["\n  fragment JitWorkspaceSummaryFields on JitWorkspace {\n    id\n    name\n    reference\n    countries\n    status\n    myRole\n    myCountry\n    updatedAt\n    counts {\n      members\n      evidence\n      openRequests\n      overdueRequests\n      openTasks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitWorkspaceFields on JitWorkspace {\n    ...JitWorkspaceSummaryFields\n    purpose\n    agreementSignedOn\n    agreementEndsOn\n    phaseNote\n    createdAt\n    canWrite\n    canManage\n    missingLeaderCountries\n    channelId\n    members {\n      role\n      country\n      addedAt\n      member {\n        ...JitPersonFields\n      }\n    }\n    extensions {\n      id\n      previousEndsOn\n      newEndsOn\n      reason\n      extendedAt\n      extendedBy {\n        ...JitPersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JitWorkspaceFields on JitWorkspace {\n    ...JitWorkspaceSummaryFields\n    purpose\n    agreementSignedOn\n    agreementEndsOn\n    phaseNote\n    createdAt\n    canWrite\n    canManage\n    missingLeaderCountries\n    channelId\n    members {\n      role\n      country\n      addedAt\n      member {\n        ...JitPersonFields\n      }\n    }\n    extensions {\n      id\n      previousEndsOn\n      newEndsOn\n      reason\n      extendedAt\n      extendedBy {\n        ...JitPersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitWorkspaces {\n    jitWorkspaces {\n      ...JitWorkspaceSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query JitWorkspaces {\n    jitWorkspaces {\n      ...JitWorkspaceSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitWorkspace($id: ID!) {\n    jitWorkspace(id: $id) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  query JitWorkspace($id: ID!) {\n    jitWorkspace(id: $id) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJitWorkspace($input: JitWorkspaceInput!) {\n    createJitWorkspace(input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJitWorkspace($input: JitWorkspaceInput!) {\n    createJitWorkspace(input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJitWorkspace($id: ID!, $input: JitWorkspaceUpdateInput!) {\n    updateJitWorkspace(id: $id, input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJitWorkspace($id: ID!, $input: JitWorkspaceUpdateInput!) {\n    updateJitWorkspace(id: $id, input: $input) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJitWorkspaceStatus($id: ID!, $status: JitStatus!) {\n    setJitWorkspaceStatus(id: $id, status: $status) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetJitWorkspaceStatus($id: ID!, $status: JitStatus!) {\n    setJitWorkspaceStatus(id: $id, status: $status) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendJitAgreement($id: ID!, $newEndsOn: String!, $reason: String) {\n    extendJitAgreement(id: $id, newEndsOn: $newEndsOn, reason: $reason) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendJitAgreement($id: ID!, $newEndsOn: String!, $reason: String) {\n    extendJitAgreement(id: $id, newEndsOn: $newEndsOn, reason: $reason) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    addJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    addJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    updateJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJitMember($workspaceId: ID!, $memberId: ID!, $role: JitRole!, $country: String!) {\n    updateJitMember(workspaceId: $workspaceId, memberId: $memberId, role: $role, country: $country) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveJitMember($workspaceId: ID!, $memberId: ID!) {\n    removeJitMember(workspaceId: $workspaceId, memberId: $memberId) {\n      ...JitWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveJitMember($workspaceId: ID!, $memberId: ID!) {\n    removeJitMember(workspaceId: $workspaceId, memberId: $memberId) {\n      ...JitWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitCustodyEventFields on JitCustodyEvent {\n    id\n    evidenceId\n    evidenceNumber\n    evidenceTitle\n    action\n    at\n    sessionRef\n    fields\n    sha256\n    format\n    reason\n    actor {\n      ...JitPersonFields\n    }\n    fromMember {\n      ...JitPersonFields\n    }\n    toMember {\n      ...JitPersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment JitCustodyEventFields on JitCustodyEvent {\n    id\n    evidenceId\n    evidenceNumber\n    evidenceTitle\n    action\n    at\n    sessionRef\n    fields\n    sha256\n    format\n    reason\n    actor {\n      ...JitPersonFields\n    }\n    fromMember {\n      ...JitPersonFields\n    }\n    toMember {\n      ...JitPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitEvidenceFields on JitEvidence {\n    id\n    workspaceId\n    number\n    title\n    description\n    type\n    originCountry\n    collectedBy\n    collectedAt\n    legalBasis\n    classification\n    sealed\n    sealedAt\n    integrity\n    lastVerifiedAt\n    createdAt\n    updatedAt\n    file {\n      name\n      contentType\n      size\n      sha256\n      downloadUrl\n    }\n    custodian {\n      ...JitPersonFields\n    }\n    sealedBy {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment JitEvidenceFields on JitEvidence {\n    id\n    workspaceId\n    number\n    title\n    description\n    type\n    originCountry\n    collectedBy\n    collectedAt\n    legalBasis\n    classification\n    sealed\n    sealedAt\n    integrity\n    lastVerifiedAt\n    createdAt\n    updatedAt\n    file {\n      name\n      contentType\n      size\n      sha256\n      downloadUrl\n    }\n    custodian {\n      ...JitPersonFields\n    }\n    sealedBy {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitEvidence($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  query JitEvidence($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitEvidenceItem($id: ID!) {\n    jitEvidenceItem(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query JitEvidenceItem($id: ID!) {\n    jitEvidenceItem(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitCustodyLog($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n    jitCustodyLog(workspaceId: $workspaceId) {\n      ...JitCustodyEventFields\n    }\n  }\n"): (typeof documents)["\n  query JitCustodyLog($workspaceId: ID!) {\n    jitEvidence(workspaceId: $workspaceId) {\n      ...JitEvidenceFields\n    }\n    jitCustodyLog(workspaceId: $workspaceId) {\n      ...JitCustodyEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJitEvidence($input: JitEvidenceInput!) {\n    createJitEvidence(input: $input) {\n      ...JitEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJitEvidence($input: JitEvidenceInput!) {\n    createJitEvidence(input: $input) {\n      ...JitEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJitEvidence($id: ID!, $input: JitEvidenceUpdateInput!) {\n    updateJitEvidence(id: $id, input: $input) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJitEvidence($id: ID!, $input: JitEvidenceUpdateInput!) {\n    updateJitEvidence(id: $id, input: $input) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferJitEvidence($id: ID!, $toMemberId: ID!) {\n    transferJitEvidence(id: $id, toMemberId: $toMemberId) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferJitEvidence($id: ID!, $toMemberId: ID!) {\n    transferJitEvidence(id: $id, toMemberId: $toMemberId) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SealJitEvidence($id: ID!) {\n    sealJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SealJitEvidence($id: ID!) {\n    sealJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyJitEvidence($id: ID!) {\n    verifyJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyJitEvidence($id: ID!) {\n    verifyJitEvidence(id: $id) {\n      ...JitEvidenceFields\n      custody {\n        ...JitCustodyEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJitEvidence($id: ID!, $reason: String!) {\n    deleteJitEvidence(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DeleteJitEvidence($id: ID!, $reason: String!) {\n    deleteJitEvidence(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalRequestFields on LegalRequest {\n    id\n    workspaceId\n    type\n    status\n    subject\n    requestingCountry\n    requestingAuthority\n    requestedCountry\n    requestedAuthority\n    requestingReference\n    requestedReference\n    draftedOn\n    sentOn\n    acknowledgedOn\n    dueOn\n    answeredOn\n    overdue\n    createdAt\n    updatedAt\n    responsible {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    tracing {\n      manufacturer\n      model\n      calibre\n      serialNumber\n      countryOfManufacture\n      importMarking\n    }\n  }\n"): (typeof documents)["\n  fragment LegalRequestFields on LegalRequest {\n    id\n    workspaceId\n    type\n    status\n    subject\n    requestingCountry\n    requestingAuthority\n    requestedCountry\n    requestedAuthority\n    requestingReference\n    requestedReference\n    draftedOn\n    sentOn\n    acknowledgedOn\n    dueOn\n    answeredOn\n    overdue\n    createdAt\n    updatedAt\n    responsible {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    tracing {\n      manufacturer\n      model\n      calibre\n      serialNumber\n      countryOfManufacture\n      importMarking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalRequestDetailFields on LegalRequest {\n    ...LegalRequestFields\n    history {\n      id\n      kind\n      at\n      fromStatus\n      toStatus\n      comment\n      fields\n      actor {\n        ...JitPersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LegalRequestDetailFields on LegalRequest {\n    ...LegalRequestFields\n    history {\n      id\n      kind\n      at\n      fromStatus\n      toStatus\n      comment\n      fields\n      actor {\n        ...JitPersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitRequests($workspaceId: ID!) {\n    jitRequests(workspaceId: $workspaceId) {\n      ...LegalRequestFields\n    }\n  }\n"): (typeof documents)["\n  query JitRequests($workspaceId: ID!) {\n    jitRequests(workspaceId: $workspaceId) {\n      ...LegalRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitRequest($id: ID!) {\n    jitRequest(id: $id) {\n      ...LegalRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query JitRequest($id: ID!) {\n    jitRequest(id: $id) {\n      ...LegalRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLegalRequest($input: LegalRequestInput!) {\n    createLegalRequest(input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLegalRequest($input: LegalRequestInput!) {\n    createLegalRequest(input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalRequest($id: ID!, $input: LegalRequestUpdateInput!) {\n    updateLegalRequest(id: $id, input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLegalRequest($id: ID!, $input: LegalRequestUpdateInput!) {\n    updateLegalRequest(id: $id, input: $input) {\n      ...LegalRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLegalRequestStatus($id: ID!, $status: LegalRequestStatus!, $comment: String) {\n    setLegalRequestStatus(id: $id, status: $status, comment: $comment) {\n      ...LegalRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLegalRequestStatus($id: ID!, $status: LegalRequestStatus!, $comment: String) {\n    setLegalRequestStatus(id: $id, status: $status, comment: $comment) {\n      ...LegalRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentLegalRequest($id: ID!, $body: String!) {\n    commentLegalRequest(id: $id, body: $body) {\n      ...LegalRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentLegalRequest($id: ID!, $body: String!) {\n    commentLegalRequest(id: $id, body: $body) {\n      ...LegalRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitTaskFields on JitTask {\n    id\n    workspaceId\n    title\n    description\n    dueOn\n    status\n    overdue\n    createdAt\n    updatedAt\n    assignee {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...JitPersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JitTaskFields on JitTask {\n    id\n    workspaceId\n    title\n    description\n    dueOn\n    status\n    overdue\n    createdAt\n    updatedAt\n    assignee {\n      ...JitPersonFields\n    }\n    createdBy {\n      ...JitPersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...JitPersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitTasks($workspaceId: ID!) {\n    jitTasks(workspaceId: $workspaceId) {\n      ...JitTaskFields\n    }\n  }\n"): (typeof documents)["\n  query JitTasks($workspaceId: ID!) {\n    jitTasks(workspaceId: $workspaceId) {\n      ...JitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJitTask($input: JitTaskInput!) {\n    createJitTask(input: $input) {\n      ...JitTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJitTask($input: JitTaskInput!) {\n    createJitTask(input: $input) {\n      ...JitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJitTask($id: ID!, $input: JitTaskUpdateInput!) {\n    updateJitTask(id: $id, input: $input) {\n      ...JitTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJitTask($id: ID!, $input: JitTaskUpdateInput!) {\n    updateJitTask(id: $id, input: $input) {\n      ...JitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJitTaskStatus($id: ID!, $status: JitTaskStatus!) {\n    setJitTaskStatus(id: $id, status: $status) {\n      ...JitTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetJitTaskStatus($id: ID!, $status: JitTaskStatus!) {\n    setJitTaskStatus(id: $id, status: $status) {\n      ...JitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentJitTask($id: ID!, $body: String!) {\n    commentJitTask(id: $id, body: $body) {\n      ...JitTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentJitTask($id: ID!, $body: String!) {\n    commentJitTask(id: $id, body: $body) {\n      ...JitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JitNoteFields on JitNote {\n    id\n    workspaceId\n    kind\n    title\n    body\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...JitPersonFields\n    }\n    updatedBy {\n      ...JitPersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment JitNoteFields on JitNote {\n    id\n    workspaceId\n    kind\n    title\n    body\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...JitPersonFields\n    }\n    updatedBy {\n      ...JitPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitNotes($workspaceId: ID!) {\n    jitNotes(workspaceId: $workspaceId) {\n      ...JitNoteFields\n    }\n  }\n"): (typeof documents)["\n  query JitNotes($workspaceId: ID!) {\n    jitNotes(workspaceId: $workspaceId) {\n      ...JitNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitNote($id: ID!) {\n    jitNote(id: $id) {\n      ...JitNoteFields\n      revisions {\n        version\n        title\n        body\n        editedAt\n        editedBy {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JitNote($id: ID!) {\n    jitNote(id: $id) {\n      ...JitNoteFields\n      revisions {\n        version\n        title\n        body\n        editedAt\n        editedBy {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJitNote($input: JitNoteInput!) {\n    createJitNote(input: $input) {\n      ...JitNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJitNote($input: JitNoteInput!) {\n    createJitNote(input: $input) {\n      ...JitNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJitNote($id: ID!, $input: JitNoteUpdateInput!) {\n    updateJitNote(id: $id, input: $input) {\n      ...JitNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJitNote($id: ID!, $input: JitNoteUpdateInput!) {\n    updateJitNote(id: $id, input: $input) {\n      ...JitNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JitActivity($workspaceId: ID!, $before: ID, $first: Int) {\n    jitActivity(workspaceId: $workspaceId, before: $before, first: $first) {\n      hasMore\n      items {\n        id\n        action\n        subjectType\n        subjectId\n        summary\n        at\n        actor {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JitActivity($workspaceId: ID!, $before: ID, $first: Int) {\n    jitActivity(workspaceId: $workspaceId, before: $before, first: $first) {\n      hasMore\n      items {\n        id\n        action\n        subjectType\n        subjectId\n        summary\n        at\n        actor {\n          ...JitPersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingUnreadCount {\n    messagingUnreadCount\n  }\n"): (typeof documents)["\n  query MessagingUnreadCount {\n    messagingUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageFields on Message {\n    id\n    conversationId\n    clientId\n    senderId\n    seq\n    changeSeq\n    scheme\n    payload\n    replyToId\n    createdAt\n    editedAt\n    deletedAt\n    attachments {\n      id\n      name\n      contentType\n      size\n      hasPreview\n      downloadUrl\n      previewUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessageFields on Message {\n    id\n    conversationId\n    clientId\n    senderId\n    seq\n    changeSeq\n    scheme\n    payload\n    replyToId\n    createdAt\n    editedAt\n    deletedAt\n    attachments {\n      id\n      name\n      contentType\n      size\n      hasPreview\n      downloadUrl\n      previewUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationMemberFields on ConversationMember {\n    role\n    deliveredSeq\n    readSeq\n    readAt\n    member {\n      id\n      fullName\n      photoUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationMemberFields on ConversationMember {\n    role\n    deliveredSeq\n    readSeq\n    readAt\n    member {\n      id\n      fullName\n      photoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    jitWorkspaceId\n    myRole\n    muted\n    unreadCount\n    lastActivityAt\n    createdAt\n    members {\n      ...ConversationMemberFields\n    }\n    lastMessage {\n      id\n      clientId\n      senderId\n      seq\n      changeSeq\n      payload\n      scheme\n      deletedAt\n      createdAt\n      attachments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    jitWorkspaceId\n    myRole\n    muted\n    unreadCount\n    lastActivityAt\n    createdAt\n    members {\n      ...ConversationMemberFields\n    }\n    lastMessage {\n      id\n      clientId\n      senderId\n      seq\n      changeSeq\n      payload\n      scheme\n      deletedAt\n      createdAt\n      attachments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int!, $offset: Int!) {\n    conversations(first: $first, offset: $offset) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int!, $offset: Int!) {\n    conversations(first: $first, offset: $offset) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($conversationId: ID!, $beforeSeq: Float, $first: Int!) {\n    messages(conversationId: $conversationId, beforeSeq: $beforeSeq, first: $first) {\n      hasMore\n      items {\n        ...ChatMessageFields\n        replyTo {\n          ...ChatMessageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Messages($conversationId: ID!, $beforeSeq: Float, $first: Int!) {\n    messages(conversationId: $conversationId, beforeSeq: $beforeSeq, first: $first) {\n      hasMore\n      items {\n        ...ChatMessageFields\n        replyTo {\n          ...ChatMessageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageReaders($messageId: ID!) {\n    messageReaders(messageId: $messageId) {\n      readAt\n      member {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageReaders($messageId: ID!) {\n    messageReaders(messageId: $messageId) {\n      readAt\n      member {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDirectConversation($memberId: ID!) {\n    startDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartDirectConversation($memberId: ID!) {\n    startDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupConversation($input: NewGroupInput!) {\n    createGroupConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupConversation($input: NewGroupInput!) {\n    createGroupConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConversationMembers($id: ID!, $memberIds: [ID!]!) {\n    addConversationMembers(id: $id, memberIds: $memberIds) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddConversationMembers($id: ID!, $memberIds: [ID!]!) {\n    addConversationMembers(id: $id, memberIds: $memberIds) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConversationMember($id: ID!, $memberId: ID!) {\n    removeConversationMember(id: $id, memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConversationMember($id: ID!, $memberId: ID!) {\n    removeConversationMember(id: $id, memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveConversation($id: ID!) {\n    leaveConversation(id: $id)\n  }\n"): (typeof documents)["\n  mutation LeaveConversation($id: ID!) {\n    leaveConversation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationMuted($id: ID!, $muted: Boolean!) {\n    setConversationMuted(id: $id, muted: $muted) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationMuted($id: ID!, $muted: Boolean!) {\n    setConversationMuted(id: $id, muted: $muted) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    read\n    link\n    title\n    excerpt\n    actor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    read\n    link\n    title\n    excerpt\n    actor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      endCursor\n      hasNextPage\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      endCursor\n      hasNextPage\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;