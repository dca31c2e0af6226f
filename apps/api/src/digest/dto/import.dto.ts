import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';

export const DIGEST_IMPORT_FORMATS = ['csv', 'json'] as const;
export type DigestImportFormat = (typeof DIGEST_IMPORT_FORMATS)[number];

@InputType({ description: 'A CSV or JSON file of case records (docs/digest.md, "Import format")' })
export class DigestImportInput {
  @Field(() => String, { description: 'csv | json' })
  @IsIn(DIGEST_IMPORT_FORMATS, { message: 'Choose csv or json.' })
  format!: DigestImportFormat;

  @Field(() => String, { description: 'The whole file as text (UTF-8)' })
  @IsString()
  data!: string;

  @Field(() => Boolean, { description: 'Only check the file and report; write nothing' })
  @IsBoolean()
  dryRun!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Import the valid rows even when others are invalid (else nothing unless every row is valid)',
  })
  @IsOptional()
  @IsBoolean()
  validOnly?: boolean;
}

@ObjectType({ description: 'Why a row of an import cannot be imported' })
export class DigestImportProblem {
  @Field(() => Int, {
    description: 'The record (1 = the first; in CSV the line after the header); 0 = the file',
  })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The field (e.g. defendants[0].label), null for the row or file',
  })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'What an import found and did' })
export class DigestImportReport {
  @Field(() => Int, { description: 'Records in the file' })
  total!: number;

  @Field(() => Int, { description: 'Records without problems' })
  valid!: number;

  @Field(() => [DigestImportProblem])
  problems!: DigestImportProblem[];

  @Field(() => [ID], {
    description: 'Ids of the records created (as DRAFT); empty on a dry run or when refused',
  })
  imported!: string[];

  @Field(() => Boolean)
  dryRun!: boolean;
}
