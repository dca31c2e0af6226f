import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CustodyAction, EvidenceIntegrity, EvidenceType } from '@cop/contracts';

// The evidence enums are registered here, once (the rest of the JIT enums live in ../dto).
registerEnumType(EvidenceType, { name: 'EvidenceType', description: 'What an evidence item is' });
registerEnumType(CustodyAction, {
  name: 'CustodyAction',
  description: 'How an evidence item was touched: one append-only custody event each',
});
registerEnumType(EvidenceIntegrity, {
  name: 'EvidenceIntegrity',
  description: 'The result of the last re-hash of the stored bytes (UNVERIFIED before the first)',
});

export { CustodyAction, EvidenceIntegrity, EvidenceType };

@ObjectType({ description: 'The file of an evidence item, served only by /api/jit/evidence/<id>/file' })
export class JitEvidenceFile {
  @Field({ description: 'The uploader’s file name, cleaned; plain text, never markup' })
  name!: string;

  @Field({ description: 'Type sniffed from the content when uploaded' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  size!: number;

  @Field({ description: 'SHA-256 recorded at upload, hex' })
  sha256!: string;

  @Field({ description: 'Download (records a DOWNLOADED custody event)' })
  downloadUrl!: string;
}

@ObjectType({ description: 'An item of a workspace’s evidence register' })
export class JitEvidence {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field(() => Int, { description: 'Register number: 1, 2, 3… per workspace' })
  number!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => EvidenceType)
  type!: EvidenceType;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  originCountry!: string;

  @Field(() => String, { nullable: true, description: 'Who collected it (name/unit, may be a non-member)' })
  collectedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  collectedAt!: Date | null;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field({ description: 'Free text label, e.g. "JIT RESTRICTED"' })
  classification!: string;

  @Field(() => Boolean)
  sealed!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sealedAt!: Date | null;

  @Field(() => EvidenceIntegrity)
  integrity!: EvidenceIntegrity;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastVerifiedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not exposed: they load `file`, `custodian`, `sealedBy`, `createdBy`. */
  fileId!: string;
  sha256!: string;
  size!: number;
  custodianId!: string | null;
  sealedById!: string | null;
  createdById!: string | null;
}

@ObjectType({ description: 'One event of the chain of custody (append-only)' })
export class JitCustodyEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a workspace-level event (a printed log)' })
  evidenceId!: string | null;

  @Field(() => Int, { nullable: true })
  evidenceNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'The item’s current title' })
  evidenceTitle!: string | null;

  @Field(() => CustodyAction)
  action!: CustodyAction;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Identifies the session (first 12 hex of a SHA-256 of it) without revealing it',
  })
  sessionRef!: string | null;

  @Field(() => [String], { nullable: true, description: 'METADATA_CHANGED: the fields changed' })
  fields!: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'UPLOADED: the hash recorded; VERIFIED / VERIFY_FAILED: the hash found',
  })
  sha256!: string | null;

  @Field(() => String, { nullable: true, description: 'EXPORTED: csv | print' })
  format!: string | null;

  @Field(() => String, { nullable: true, description: 'DELETED: why' })
  reason!: string | null;

  /** Not exposed: they load `actor`, `fromMember`, `toMember`. */
  actorId!: string | null;
  fromMemberId!: string | null;
  toMemberId!: string | null;
}
