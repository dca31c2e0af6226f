import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { CaseContent, CaseDefendant, CaseRouteStop, CaseWeapon, RouteRole } from '@cop/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoLoader } from '../database/demo/demo-loader.js';
import { DEMO_CASES, DEMO_TRANSLATIONS, type DemoCase } from './digest.demo.cases.js';
import { type CaseFacts, SCENARIOS, type Scenario } from './digest.demo.scenarios.js';
import { countryName, setArchived, writePublished } from './published-index.js';

/*
 * The case-law digest of the demo community: 60-odd synthetic decisions across every region
 * (digest.demo.cases.ts), written from hand-made paragraphs per trafficking pattern
 * (digest.demo.scenarios.ts), proposed by demo members and published by the digest editor — a
 * moderator — through the same publish path as live records (writePublished), so search, facets
 * and exports work on them. A few are still in the workflow (a draft, one in review, one returned
 * with a comment and resubmitted, a published one being revised), a few are archived, some have
 * been revised by the moderator before publication (diffs), and about ten have French or Spanish
 * translations. Every case, name and text is made up for this project.
 */

const DAY = 24 * 60 * 60 * 1000;
const MODERATOR = 'Diego Álvarez Ruiz';
const TRANSLATORS = { fr: 'Fatou Diallo-Sy', es: 'Diego Álvarez Ruiz' } as const;
const ROLES: Record<string, RouteRole> = { O: 'ORIGIN', T: 'TRANSIT', D: 'DESTINATION' };

function sentenceText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 1 ? 'one year' : `${years} years`;
  const m = rest === 1 ? 'one month' : `${rest} months`;
  const text = years === 0 ? m : rest === 0 ? y : `${y} and ${m}`;
  return `${text}' imprisonment`;
}

function routeOf(spec: string): CaseRouteStop[] {
  if (!spec) return [];
  return spec.split(',').map((stop) => {
    const [country, role] = stop.split(':') as [string, string];
    return { country, role: ROLES[role]! };
  });
}

function routeText(route: CaseRouteStop[]): string {
  if (route.length === 0) return '';
  const origin = route.filter((s) => s.role === 'ORIGIN').map((s) => countryName(s.country));
  const transit = route.filter((s) => s.role === 'TRANSIT').map((s) => countryName(s.country));
  const destination = route.filter((s) => s.role === 'DESTINATION').map((s) => countryName(s.country));
  return [
    origin.length ? `from ${origin.join(' and ')}` : '',
    transit.length ? `through ${transit.join(' and ')}` : '',
    destination.length ? `to ${destination.join(' and ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function weaponsOf(s: Scenario, qty: number): CaseWeapon[] {
  return s.weapons.map((type, i) => ({
    type,
    quantity:
      i === 0
        ? qty
        : type === 'ammunition'
          ? qty * 40
          : type === 'parts-components'
            ? Math.ceil(qty / 2)
            : Math.max(1, Math.round(qty / 4)),
  }));
}

const CONFISCATION: Partial<Record<keyof typeof SCENARIOS, string>> = {
  parcel: 'Weapons, parts and workshop tools confiscated',
  vehicle: 'Weapons and the vehicle confiscated',
  darknet: 'Weapons, hardware wallet and proceeds (equivalent value) confiscated',
  container: 'Weapons, the front company’s account and the lorry confiscated',
  stockpile: 'Proceeds confiscated; weapons returned to the state',
  brokering: 'Commission confiscated as proceeds',
  reactivation: 'Weapons and spare parts confiscated',
  ghost: '3D printer, parts and weapons confiscated',
};

function defendantsOf(c: DemoCase, s: Scenario): CaseDefendant[] {
  return c.defendants.split(';').map((spec, i) => {
    const [label, role, months] = spec.split(':') as [string, string, string];
    const m = Number(months);
    return {
      label,
      role,
      charges: i === 0 ? s.charges : s.charges.slice(0, 1),
      verdict:
        c.outcome === 'PENDING'
          ? 'Convicted at first instance; appeal pending'
          : m === 0
            ? 'Acquitted'
            : c.outcome === 'PLEA_AGREEMENT'
              ? 'Guilty (plea agreement)'
              : 'Guilty',
      sentenceMonths: m === 0 ? null : m,
      fine: i === 0 && m >= 84 ? 'Fine imposed (amount in the judgment)' : null,
      confiscation: i === 0 ? (CONFISCATION[c.scenario] ?? 'Weapons confiscated') : null,
    };
  });
}

/** The record written from a demo case's particulars and its scenario's paragraphs. */
export function demoContent(c: DemoCase, relatedCaseIds: string[] = []): CaseContent {
  const s: Scenario = SCENARIOS[c.scenario];
  const route = routeOf(c.route);
  const defendants = defendantsOf(c, s);
  const main = defendants.find((d) => (d.sentenceMonths ?? 0) > 0);
  const facts: CaseFacts = {
    place: c.place,
    countryName: countryName(c.country),
    court: c.court,
    qty: c.qty,
    route: routeText(route),
    defendants: defendants.length,
    mainSentence: main ? sentenceText(main.sentenceMonths!) : 'no custodial sentence',
    outcome: c.outcome,
    twist: c.twist,
    holding: c.holding,
    year: Number(c.date.slice(0, 4)),
    closing: (point) =>
      c.outcome === 'CONVICTION' || c.outcome === 'PARTIAL_CONVICTION' || c.outcome === 'PLEA_AGREEMENT'
        ? point
        : c.holding,
  };
  const appeal = c.stage === 'APPEAL' && c.appealOf !== undefined;
  const slug = c.key;
  return {
    title: appeal ? `On appeal: ${s.title(facts)}` : s.title(facts),
    country: c.country,
    jurisdiction: c.jurisdiction,
    court: c.court,
    courtLevel: c.level,
    caseNumber: c.caseNumber,
    decisionDate: c.date,
    proceduralStage: c.stage,
    relatedCaseIds,
    legalSystem: c.system,
    decisionLanguage: c.decisionLanguage,
    contentLanguage: 'en',
    offences: s.offences,
    protocolArticles: s.protocol,
    conventionArticles: s.convention,
    weapons: weaponsOf(s, c.qty),
    modusOperandi: s.modus,
    route,
    defendants,
    outcome: c.outcome,
    summary: appeal ? `${c.twist} ${c.holding} ${s.summary(facts)}` : s.summary(facts),
    facts: s.facts(facts),
    reasoning: s.reasoning(facts),
    commentary: s.commentary(facts),
    goodPractices: s.goodPractices,
    lessons: s.lessons,
    keywords: [...s.keywords, c.place],
    sources: [
      {
        citation: `${c.court}, judgment of ${c.date}${c.caseNumber ? `, ${c.caseNumber}` : ''}`,
        url:
          c.key.length % 3 === 0 ? `https://judgments.example.org/${c.country.toLowerCase()}/${slug}` : null,
      },
    ],
  };
}

/** An earlier version for the records the moderator revised before publishing (for the diff). */
function firstDraft(content: CaseContent): CaseContent {
  return {
    ...content,
    commentary: '',
    goodPractices: content.goodPractices.slice(0, 1),
    defendants: content.defendants.map((d, i) => ({
      ...d,
      label: `Defendant ${'ABCDEFG'[i]} (to pseudonymise)`,
    })),
  };
}

type Person = (name: string) => string;

export const digestDemoLoader: DemoLoader = {
  name: 'digest:case-law-v1',
  async load(app: INestApplicationContext): Promise<void> {
    const db = app.get<DataSource>(getDataSourceToken());
    await db.transaction(async (m) => {
      const rows: { id: string; full_name: string }[] = await m.query(
        `SELECT id, full_name FROM app_user WHERE email LIKE '%@demo.cop-portal.org'`,
      );
      const people = new Map(rows.map((r) => [r.full_name, r.id]));
      const person: Person = (name) => {
        const id = people.get(name);
        if (!id) throw new Error(`digest demo: no demo member named ${name}`);
        return id;
      };
      const ids = new Map<string, string>();
      const now = Date.now();
      for (const [index, c] of DEMO_CASES.entries()) {
        // Records were added over the last year, oldest first, and never before the decision.
        const decided = Date.parse(`${c.date}T12:00:00Z`);
        const planned = now - (DEMO_CASES.length - index) * 5 * DAY - 20 * DAY;
        const created = new Date(Math.min(Math.max(planned, decided + 20 * DAY), now - 12 * DAY));
        const related = c.appealOf ? [ids.get(c.appealOf)!] : [];
        const id = await loadCase(m, c, demoContent(c, related), index, created, person);
        ids.set(c.key, id);
      }
    });
  },
};

async function loadCase(
  m: EntityManager,
  c: DemoCase,
  content: CaseContent,
  index: number,
  created: Date,
  person: Person,
): Promise<string> {
  const author = person(c.author);
  const moderator = person(MODERATOR);
  const status = c.status ?? 'PUBLISHED';
  const at = (days: number) => new Date(created.getTime() + days * DAY);
  // Every fifth published record was tidied by the moderator before publication (revision 2).
  const revisedByModerator = status === 'PUBLISHED' && index % 5 === 2;
  const first = revisedByModerator || status === 'RETURNED' ? firstDraft(content) : content;

  const [row] = (await m.query(
    `INSERT INTO digest_case (status, author_id, content, revision, created_at, updated_at)
     VALUES ('DRAFT', $1, $2, 1, $3, $3) RETURNING id`,
    [author, JSON.stringify(first), created],
  )) as { id: string }[];
  const id = row!.id;
  let revision = 1;
  let last = created;
  const event = async (kind: string, actor: string, when: Date, comment: string | null = null) => {
    await m.query(
      `INSERT INTO digest_event (case_id, kind, actor_id, revision, comment, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, kind, actor, revision, comment, when],
    );
    last = when;
  };
  const save = async (doc: CaseContent, editor: string, when: Date, note: string | null) => {
    revision++;
    await m.query(
      `INSERT INTO digest_revision (case_id, number, content, editor_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, revision, JSON.stringify(doc), editor, note, when],
    );
    await event('SAVED', editor, when, note);
  };
  await m.query(
    `INSERT INTO digest_revision (case_id, number, content, editor_id, note, created_at) VALUES ($1, 1, $2, $3, NULL, $4)`,
    [id, JSON.stringify(first), author, created],
  );
  await event('CREATED', author, created);
  if (status === 'DRAFT') return finish(m, id, { status: 'DRAFT', content, revision, updated: last });

  await event('SUBMITTED', author, at(1));
  const submitted = at(1);
  if (status === 'IN_REVIEW') return finish(m, id, { status, content, revision, updated: last, submitted });

  if (status === 'RETURNED') {
    const comment =
      'Thank you. Please pseudonymise the defendant (initials only), add the case number of the judgment and one or two good practices before I publish.';
    await event('RETURNED', moderator, at(4), comment);
    await save(content, author, at(9), 'Pseudonymised the defendant and added good practices');
    await event('SUBMITTED', author, at(9.1));
    return finish(m, id, {
      status: 'IN_REVIEW',
      content,
      revision,
      updated: last,
      submitted: at(9.1),
      reviewComment: comment,
    });
  }

  if (revisedByModerator)
    await save(
      content,
      moderator,
      at(2.5),
      'Pseudonymised the defendants; added commentary and good practices',
    );
  const published = at(3);
  await event('PUBLISHED', moderator, published);
  const publishedRevision = revision;
  await writePublished(m, id, publishedRevision, content);
  await m.query(`UPDATE digest_published SET published_at = $2 WHERE case_id = $1`, [id, published]);

  for (const [language, fields] of Object.entries(DEMO_TRANSLATIONS[c.key] ?? {})) {
    const translator = person(TRANSLATORS[language as 'fr' | 'es']);
    const when = at(language === 'fr' ? 5 : 6);
    await m.query(
      `INSERT INTO digest_translation (case_id, language, fields, translator_id, translated_at) VALUES ($1, $2, $3, $4, $5)`,
      [id, language, JSON.stringify(fields), translator, when],
    );
    await event('TRANSLATED', translator, when, language);
  }

  if (status === 'ARCHIVED') {
    await event(
      'ARCHIVED',
      moderator,
      at(8),
      'Superseded: a later decision in the same matter is being prepared for the digest.',
    );
    await setArchived(m, id, true);
    return finish(m, id, {
      status,
      content,
      revision,
      updated: last,
      submitted,
      published,
      publishedRevision,
      archived: at(8),
    });
  }

  if (status === 'REVISING') {
    // The author is revising the published record: members still read revision 1.
    const revised: CaseContent = {
      ...content,
      lessons: [
        ...content.lessons,
        'Sentences for importing automatic weapons were later confirmed on appeal; the digest will add the appeal decision.',
      ],
    };
    await save(revised, author, at(10), 'Added a lesson after the appeal hearing');
    return finish(m, id, {
      status: 'DRAFT',
      content: revised,
      revision,
      updated: last,
      submitted,
      published,
      publishedRevision,
    });
  }
  return finish(m, id, {
    status: 'PUBLISHED',
    content,
    revision,
    updated: last,
    submitted,
    published,
    publishedRevision,
  });
}

async function finish(
  m: EntityManager,
  id: string,
  state: {
    status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
    content: CaseContent;
    revision: number;
    updated: Date;
    submitted?: Date;
    published?: Date;
    publishedRevision?: number;
    archived?: Date;
    reviewComment?: string;
  },
): Promise<string> {
  await m.query(
    `UPDATE digest_case SET status = $2, content = $3, revision = $4, published_revision = $5, review_comment = $6,
            updated_at = $7, submitted_at = $8, published_at = $9, archived_at = $10
      WHERE id = $1`,
    [
      id,
      state.status,
      JSON.stringify(state.content),
      state.revision,
      state.publishedRevision ?? null,
      state.reviewComment ?? null,
      state.updated,
      state.submitted ?? null,
      state.published ?? null,
      state.archived ?? null,
    ],
  );
  return id;
}
