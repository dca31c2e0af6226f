import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseContent, CaseRouteStop, DigestLanguage } from '@cop/contracts';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { DigestAccess } from '../access/digest.access.js';
import type { Principal } from '../access/principal.js';
import type { FieldProblem } from '../common/validation/validation.pipe.js';
import { CaseContentInput } from './dto/digest.inputs.js';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The record document in its canonical form and key order (what is stored and exported). */
export function toContent(input: CaseContentInput): CaseContent {
  return {
    title: input.title,
    country: input.country,
    jurisdiction: input.jurisdiction ?? null,
    court: input.court,
    courtLevel: input.courtLevel,
    caseNumber: input.caseNumber ?? null,
    decisionDate: input.decisionDate,
    proceduralStage: input.proceduralStage,
    relatedCaseIds: input.relatedCaseIds ?? [],
    legalSystem: input.legalSystem,
    decisionLanguage: input.decisionLanguage,
    contentLanguage: input.contentLanguage as DigestLanguage,
    offences: input.offences ?? [],
    protocolArticles: [...(input.protocolArticles ?? [])].sort((a, b) => a - b),
    conventionArticles: [...(input.conventionArticles ?? [])].sort((a, b) => a - b),
    weapons: (input.weapons ?? []).map((w) => ({ type: w.type, quantity: w.quantity ?? null })),
    modusOperandi: input.modusOperandi ?? [],
    route: (input.route ?? []).map((r): CaseRouteStop => ({ country: r.country, role: r.role })),
    defendants: (input.defendants ?? []).map((d) => ({
      label: d.label,
      role: d.role ?? null,
      charges: d.charges ?? [],
      verdict: d.verdict ?? null,
      sentenceMonths: d.sentenceMonths ?? null,
      fine: d.fine ?? null,
      confiscation: d.confiscation ?? null,
    })),
    outcome: input.outcome,
    summary: input.summary,
    facts: input.facts ?? '',
    reasoning: input.reasoning ?? '',
    commentary: input.commentary ?? '',
    goodPractices: input.goodPractices ?? [],
    lessons: input.lessons ?? [],
    keywords: input.keywords ?? [],
    sources: (input.sources ?? []).map((s) => ({ url: s.url ?? null, citation: s.citation })),
  };
}

/**
 * The checks every record passes before it is stored, whichever way it arrives (the GraphQL form,
 * an import): the field rules of CaseContentInput (class-validator: countries, dates, articles,
 * limits, URLs, defendants' labels, sentences) and the references (taxonomy codes that exist and
 * are not archived; related decisions the caller may open). Nothing is written on a problem.
 */
@Injectable()
export class DigestValidator {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DigestAccess,
  ) {}

  /**
   * Field rules of a plain object (an imported row): its problems, or the canonical content.
   * Fields the format does not know are refused.
   */
  async shape(plain: unknown): Promise<{ content: CaseContent | null; problems: FieldProblem[] }> {
    if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
      return {
        content: null,
        problems: [{ field: '', code: 'isObject', message: 'Each record is an object.' }],
      };
    }
    const input = plainToInstance(CaseContentInput, plain);
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    const problems = flatten(errors);
    return { content: problems.length ? null : toContent(input), problems };
  }

  /**
   * The references of `content`: taxonomy codes (an archived code the record already had in
   * `previous` stays allowed, so archiving a term does not block editing the records using it) and
   * related decisions (records the caller may open, not the record itself).
   */
  async references(
    principal: Principal,
    content: CaseContent,
    options: { previous?: CaseContent | null; selfId?: string | null; manager?: EntityManager } = {},
  ): Promise<FieldProblem[]> {
    const db = options.manager ?? this.db;
    const problems: FieldProblem[] = [];
    const wanted = [
      ...content.offences.map((code) => ({ kind: 'OFFENCE', code })),
      ...content.weapons.map((w) => ({ kind: 'WEAPON', code: w.type })),
      ...content.modusOperandi.map((code) => ({ kind: 'MODUS', code })),
    ];
    if (wanted.length > 0) {
      const rows: { kind: string; code: string; archived: boolean }[] = await db.query(
        `SELECT kind, code, archived_at IS NOT NULL AS archived FROM digest_term
          WHERE (kind, code) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [wanted.map((w) => w.kind), wanted.map((w) => w.code)],
      );
      const known = new Map(rows.map((r) => [`${r.kind}:${r.code}`, r.archived]));
      const previous = options.previous;
      const had = new Set([
        ...(previous?.offences ?? []).map((c) => `OFFENCE:${c}`),
        ...(previous?.weapons ?? []).map((w) => `WEAPON:${w.type}`),
        ...(previous?.modusOperandi ?? []).map((c) => `MODUS:${c}`),
      ]);
      const usable = (kind: string, code: string) => {
        const archived = known.get(`${kind}:${code}`);
        return archived === false || (archived === true && had.has(`${kind}:${code}`));
      };
      content.offences.forEach((code, i) => {
        if (!usable('OFFENCE', code)) {
          problems.push({
            field: `offences.${i}`,
            code: 'unknownTerm',
            message: 'Choose offences from the list.',
          });
        }
      });
      content.weapons.forEach((w, i) => {
        if (!usable('WEAPON', w.type)) {
          problems.push({
            field: `weapons.${i}.type`,
            code: 'unknownTerm',
            message: 'Choose a weapon type from the list.',
          });
        }
      });
      content.modusOperandi.forEach((code, i) => {
        if (!usable('MODUS', code)) {
          problems.push({
            field: `modusOperandi.${i}`,
            code: 'unknownTerm',
            message: 'Choose modi operandi from the list.',
          });
        }
      });
    }
    if (content.relatedCaseIds.length > 0) {
      const rows: { id: string }[] = await db.query(
        `SELECT c.id FROM digest_case c
          WHERE c.id = ANY($2::uuid[]) AND ${this.access.readableSql(principal, 'c', '$1')}`,
        [principal.userId, content.relatedCaseIds],
      );
      const readable = new Set(rows.map((r) => r.id));
      content.relatedCaseIds.forEach((id, i) => {
        if (id === options.selfId || !readable.has(id)) {
          problems.push({
            field: `relatedCaseIds.${i}`,
            code: 'unknownCase',
            message: 'Choose related decisions from the digest.',
          });
        }
      });
    }
    return problems;
  }
}
