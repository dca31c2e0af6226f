import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { StoredFileEntity } from '../entities/stored-file.entity.js';

@ObjectType({ description: 'A file attached to something (a post, …), downloaded through the api' })
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The uploader’s file name, cleaned; plain text, never markup' })
  name!: string;

  @Field({ description: 'Type sniffed from the content when uploaded' })
  contentType!: string;

  @Field(() => Float, { description: 'Size in bytes' })
  size!: number;

  @Field({ description: 'SHA-256 of the content, hex' })
  sha256!: string;

  @Field({ description: 'True for images: a small WebP preview exists' })
  hasPreview!: boolean;

  @Field({
    description:
      'End-to-end encrypted in the browser (an `e2e-v1` message’s file): the bytes are ciphertext, named `encrypted.bin`; the real name, type and key are in the encrypted message',
  })
  encrypted!: boolean;

  @Field({ description: 'Where to download it (as an attachment), e.g. /api/files/<id>' })
  downloadUrl!: string;

  @Field(() => String, { nullable: true, description: 'The WebP preview of an image; null otherwise' })
  previewUrl!: string | null;
}

export function toAttachment(file: StoredFileEntity): Attachment {
  const downloadUrl = `/api/files/${file.id}`;
  return {
    id: file.id,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    hasPreview: file.previewKey !== null,
    encrypted: file.encrypted,
    downloadUrl,
    previewUrl: file.previewKey !== null ? `${downloadUrl}/preview` : null,
  };
}
