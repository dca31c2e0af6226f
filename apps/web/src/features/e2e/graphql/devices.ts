import { graphql } from '../../../graphql/generated';

/** The caller's devices for end-to-end encryption, and the published keys of other members. */

export const MyDeviceFields = graphql(`
  fragment MyDeviceFields on Device {
    id
    label
    createdAt
    lastSeenAt
    current
    encryptionKey
    signingKey
  }
`);

export const MyDevicesQuery = graphql(`
  query MyDevices {
    myDevices {
      ...MyDeviceFields
    }
  }
`);

export const RegisterDeviceMutation = graphql(`
  mutation RegisterDevice($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      ...MyDeviceFields
    }
  }
`);

export const RemoveDeviceMutation = graphql(`
  mutation RemoveDevice($id: ID!) {
    removeDevice(id: $id)
  }
`);

export const DeviceKeysQuery = graphql(`
  query DeviceKeys($userIds: [ID!]!) {
    deviceKeys(userIds: $userIds) {
      deviceId
      userId
      encryptionKey
      signingKey
      label
      createdAt
    }
  }
`);

export const ConversationDevicesQuery = graphql(`
  query ConversationDevices($conversationId: ID!) {
    conversationDevices(conversationId: $conversationId) {
      deviceId
      userId
      encryptionKey
    }
  }
`);

export const SigningKeysQuery = graphql(`
  query SigningKeys($deviceIds: [ID!]!) {
    signingKeys(deviceIds: $deviceIds) {
      deviceId
      userId
      signingKey
    }
  }
`);
