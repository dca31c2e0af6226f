import { graphql } from '../../../graphql/generated';

/**
 * Messaging operations. Messages themselves travel over the session's socket (events of
 * @cop/contracts messaging.ts); GraphQL reads conversations and history and changes conversations.
 * The navigation badge sends MessagingUnreadCount as text (MESSAGING_UNREAD_QUERY_TEXT, checked
 * against this one by messaging.test.ts), so no generated document is in the first-load bundle.
 */

export const MessagingUnreadCountQuery = graphql(`
  query MessagingUnreadCount {
    messagingUnreadCount
  }
`);

export const ChatMessageFields = graphql(`
  fragment ChatMessageFields on Message {
    id
    conversationId
    clientId
    senderId
    seq
    changeSeq
    scheme
    payload
    replyToId
    createdAt
    editedAt
    deletedAt
    attachments {
      id
      name
      contentType
      size
      hasPreview
      downloadUrl
      previewUrl
    }
  }
`);

export const ConversationMemberFields = graphql(`
  fragment ConversationMemberFields on ConversationMember {
    role
    deliveredSeq
    readSeq
    readAt
    member {
      id
      fullName
      photoUrl
    }
  }
`);

export const ConversationFields = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    title
    jitWorkspaceId
    myRole
    muted
    unreadCount
    lastActivityAt
    createdAt
    members {
      ...ConversationMemberFields
    }
    lastMessage {
      id
      clientId
      senderId
      seq
      changeSeq
      payload
      scheme
      deletedAt
      createdAt
      attachments {
        id
      }
    }
  }
`);

/** The caller's conversations, by last activity. */
export const ConversationsQuery = graphql(`
  query Conversations($first: Int!, $offset: Int!) {
    conversations(first: $first, offset: $offset) {
      ...ConversationFields
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

/** One page of a conversation's history, newest first, before `beforeSeq` (the newest when null). */
export const MessagesQuery = graphql(`
  query Messages($conversationId: ID!, $beforeSeq: Float, $first: Int!) {
    messages(conversationId: $conversationId, beforeSeq: $beforeSeq, first: $first) {
      hasMore
      items {
        ...ChatMessageFields
        replyTo {
          ...ChatMessageFields
        }
      }
    }
  }
`);

/** Who has read a message (group receipts, on demand). */
export const MessageReadersQuery = graphql(`
  query MessageReaders($messageId: ID!) {
    messageReaders(messageId: $messageId) {
      readAt
      member {
        id
        fullName
      }
    }
  }
`);

export const StartDirectConversationMutation = graphql(`
  mutation StartDirectConversation($memberId: ID!) {
    startDirectConversation(memberId: $memberId) {
      ...ConversationFields
    }
  }
`);

export const CreateGroupConversationMutation = graphql(`
  mutation CreateGroupConversation($input: NewGroupInput!) {
    createGroupConversation(input: $input) {
      ...ConversationFields
    }
  }
`);

export const RenameConversationMutation = graphql(`
  mutation RenameConversation($id: ID!, $title: String!) {
    renameConversation(id: $id, title: $title) {
      ...ConversationFields
    }
  }
`);

export const AddConversationMembersMutation = graphql(`
  mutation AddConversationMembers($id: ID!, $memberIds: [ID!]!) {
    addConversationMembers(id: $id, memberIds: $memberIds) {
      ...ConversationFields
    }
  }
`);

export const RemoveConversationMemberMutation = graphql(`
  mutation RemoveConversationMember($id: ID!, $memberId: ID!) {
    removeConversationMember(id: $id, memberId: $memberId) {
      ...ConversationFields
    }
  }
`);

export const LeaveConversationMutation = graphql(`
  mutation LeaveConversation($id: ID!) {
    leaveConversation(id: $id)
  }
`);

export const SetConversationMutedMutation = graphql(`
  mutation SetConversationMuted($id: ID!, $muted: Boolean!) {
    setConversationMuted(id: $id, muted: $muted) {
      ...ConversationFields
    }
  }
`);
