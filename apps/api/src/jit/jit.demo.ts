import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type {
  JitActivityAction,
  JitNoteKind,
  JitRole,
  JitTaskStatus,
  LegalRequestStatus,
  LegalRequestType,
} from '@cop/contracts';
import { generateSecret } from 'otplib';
import type { DataSource, EntityManager } from 'typeorm';
import { SECRET_KEY, SecretBox } from '../common/crypto/secret-box.js';
import type { DemoLoader, DemoLogin } from '../database/demo/demo-loader.js';
import { PasswordService } from '../identity/password.service.js';
import { MESSAGE_SEQ_LOCK } from '../messaging/message-sender.js';
import { loadDemoEvidence } from './evidence/evidence.demo.js';

/*
 * The JIT part of the demo community: two synthetic joint investigation teams between demo
 * members of identity.demo.ts — a West African pair (Togo–Benin, set up by a moderator for its
 * first leader) and a South American one (Brazil–Paraguay, with Argentina observing and no
 * Argentine leader yet, so the missing-leader warning shows). Each has members, a channel with a
 * few messages, legal requests in several states (one overdue), tasks, notes with a revision, the
 * activity timeline and a few evidence items. JIT needs a second factor: the demo members of the
 * teams get a TOTP secret (and keep the demo members' shared password), printed once with the
 * other logins. Every
 * name, case and text is made up for this project; any likeness is accidental.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface DemoRequest {
  type: LegalRequestType;
  status: LegalRequestStatus;
  subject: string;
  from: [country: string, authority: string];
  to: [country: string, authority: string];
  references?: [requesting: string | null, requested: string | null];
  /** Days relative to the load (negative: past). */
  drafted: number;
  sent?: number;
  acknowledged?: number;
  due?: number;
  answered?: number;
  responsible: string;
  by: string;
  tracing?: Record<string, string | null>;
  comments?: [by: string, text: string, day: number][];
}

interface DemoTask {
  title: string;
  description?: string;
  assignee: string;
  due?: number;
  status: JitTaskStatus;
  by: string;
  created: number;
  comments?: [by: string, text: string, day: number][];
}

interface DemoNote {
  kind: JitNoteKind;
  title: string;
  by: string;
  created: number;
  body: string;
  /** A later version by someone else (the first becomes revision 1). */
  revised?: { by: string; day: number; body: string };
}

interface DemoWorkspace {
  name: string;
  reference: string;
  purpose: string;
  countries: string[];
  phaseNote: string;
  /** Staff who set it up for its first leader (not a member), else the first member. */
  setUpBy?: string;
  created: number;
  signed: number;
  ends: number;
  extension?: { previousEnds: number; day: number; reason: string; by: string };
  members: [name: string, role: JitRole, country: string][];
  channel: [by: string, text: string, minutesAgo: number][];
  requests: DemoRequest[];
  tasks: DemoTask[];
  notes: DemoNote[];
  /** Evidence: writers (first adds and seals), a reader, countries of origin. */
  evidence: { writers: string[]; reader?: string; countries: string[] };
}

const YAO = 'Yao Agbeko';
const RACHIDATOU = 'Rachidatou Adékambi';
const FATOU = 'Fatou Diallo-Sy';
const RAFAEL = 'Rafael Nogueira Lima';
const ROSA = 'Rosa Benítez';
const LUCIA = 'Lucía Ferreyra';

const WORKSPACES: DemoWorkspace[] = [
  {
    name: 'Opération Rivière Mono',
    reference: 'ECE-TG-BJ-2026-03',
    purpose:
      "Équipe commune d'enquête sur un réseau qui fait passer des pistolets et des munitions en pirogue sur le fleuve Mono, entre Aného et Grand-Popo, pour les revendre à Cotonou et à Lomé.",
    countries: ['TG', 'BJ'],
    phaseNote: 'Phase 2 : identification des fournisseurs et traçage des armes saisies.',
    setUpBy: FATOU,
    created: -190,
    signed: -185,
    ends: 160,
    extension: {
      previousEnds: -5,
      day: -12,
      reason: 'Les résultats du traçage sont attendus après la date de fin initiale.',
      by: YAO,
    },
    members: [
      [YAO, 'LEADER', 'TG'],
      [RACHIDATOU, 'LEADER', 'BJ'],
    ],
    channel: [
      [
        RACHIDATOU,
        'Les quatre pistolets de Grand-Popo sont sous scellés au laboratoire de Cotonou.',
        3 * 24 * 60,
      ],
      [
        YAO,
        'Merci. La demande de traçage est partie, nous relançons la Commission nationale demain.',
        3 * 24 * 60 - 45,
      ],
      [RACHIDATOU, 'Réunion de coordination jeudi à 10 h (heure de Lomé) ?', 26 * 60],
      [YAO, "D'accord pour jeudi. J'apporte le procès-verbal d'audition du piroguier.", 25 * 60],
    ],
    requests: [
      {
        type: 'TRACING',
        status: 'ACKNOWLEDGED',
        subject: 'Traçage de quatre pistolets saisis à Grand-Popo',
        from: ['BJ', 'Office central de répression du trafic illicite des armes, Cotonou'],
        to: ['TG', 'Commission nationale de lutte contre la prolifération des ALPC, Lomé'],
        references: ['BJ-TR-2026-118', 'CNLPAL-2026-044'],
        drafted: -24,
        sent: -21,
        acknowledged: -17,
        due: -3,
        responsible: YAO,
        by: RACHIDATOU,
        tracing: {
          manufacturer: 'Zastava',
          model: 'M57',
          calibre: '7,62 × 25 mm',
          serialNumber: '4••21 (partiellement meulé)',
          countryOfManufacture: 'RS',
          importMarking: null,
        },
        comments: [[YAO, 'Relance envoyée, la Commission attend les registres d’importation de 2019.', -2]],
      },
      {
        type: 'MLA',
        status: 'SENT',
        subject: 'Relevés téléphoniques du passeur interpellé à Aného',
        from: ['TG', 'Parquet près le Tribunal de première instance de Lomé'],
        to: ['BJ', 'Parquet spécial près la CRIET, Porto-Novo'],
        references: ['TG-EJ-2026-071', null],
        drafted: -9,
        sent: -6,
        due: 24,
        responsible: RACHIDATOU,
        by: YAO,
      },
      {
        type: 'PRESERVATION',
        status: 'DRAFT',
        subject: 'Conservation des données du compte de messagerie du fournisseur présumé',
        from: ['BJ', 'Office central de répression du trafic illicite des armes, Cotonou'],
        to: ['TG', 'Direction de la police judiciaire, Lomé'],
        drafted: -1,
        responsible: RACHIDATOU,
        by: RACHIDATOU,
      },
    ],
    tasks: [
      {
        title: 'Auditionner le piroguier interpellé à Aného',
        description: "Questions sur les horaires de passage et les points d'accostage côté Bénin.",
        assignee: YAO,
        due: 5,
        status: 'IN_PROGRESS',
        by: RACHIDATOU,
        created: -8,
        comments: [[YAO, 'Audition prévue mardi, interprète mina confirmé.', -1]],
      },
      {
        title: 'Comparer les douilles saisies avec la base balistique nationale',
        assignee: RACHIDATOU,
        due: -2,
        status: 'OPEN',
        by: YAO,
        created: -15,
      },
      {
        title: 'Rédiger la note de synthèse pour les deux parquets',
        assignee: YAO,
        due: -20,
        status: 'DONE',
        by: YAO,
        created: -40,
      },
    ],
    notes: [
      {
        kind: 'STRATEGY',
        title: "Stratégie d'enquête",
        by: YAO,
        created: -150,
        body: "## Objectifs\n\n1. Identifier les piroguiers et les points d'accostage.\n2. Remonter aux fournisseurs des armes.\n",
        revised: {
          by: RACHIDATOU,
          day: -30,
          body: "## Objectifs\n\n1. Identifier les piroguiers et les points d'accostage.\n2. Remonter aux fournisseurs des armes.\n3. **Tracer** chaque arme saisie avant la fin de la phase 2.\n\n## Répartition\n\n- Togo : auditions, téléphonie.\n- Bénin : laboratoire, balistique.\n",
        },
      },
      {
        kind: 'MEETING_MINUTES',
        title: 'Réunion de coordination — semaine 30',
        by: RACHIDATOU,
        created: -10,
        body: '**Présents** : Y. Agbeko, R. Adékambi.\n\n- Point sur les saisies de Grand-Popo.\n- Décision : relancer la demande de traçage.\n',
      },
    ],
    evidence: { writers: [YAO, RACHIDATOU], countries: ['TG', 'BJ'] },
  },
  {
    name: 'Operación Triple Frontera',
    reference: 'ECI-BR-PY-2026-01',
    purpose:
      'Equipo conjunto de investigación sobre el desvío de fusiles y munición de un depósito privado y su paso en lancha por el lago de Itaipú hacia Foz do Iguaçu.',
    countries: ['BR', 'PY', 'AR'],
    phaseNote: 'Fase 1: identificación de la red y de las lanchas.',
    created: -45,
    signed: -40,
    ends: 325,
    members: [
      [RAFAEL, 'LEADER', 'BR'],
      [ROSA, 'LEADER', 'PY'],
      [LUCIA, 'OBSERVER', 'AR'],
    ],
    channel: [
      [
        RAFAEL,
        'Bom dia! A Polícia Federal identificou duas lanchas registradas em Hernandarias.',
        2 * 24 * 60,
      ],
      [ROSA, 'Gracias, Rafael. Pido hoy mismo los registros de la Prefectura Naval.', 2 * 24 * 60 - 30],
      [RAFAEL, 'Perfeito. Subi o relatório balístico no registro de provas.', 5 * 60],
    ],
    requests: [
      {
        type: 'MLA',
        status: 'EXECUTED',
        subject: 'Registros bancarios de Importadora Sol S.A.',
        from: ['BR', 'Ministério Público Federal, Foz do Iguaçu'],
        to: ['PY', 'Ministerio Público, Unidad Especializada en Delitos Económicos'],
        references: ['MPF-COOP-2026-0031', 'MP-PY-2026-512'],
        drafted: -38,
        sent: -35,
        acknowledged: -30,
        due: -8,
        answered: -9,
        responsible: ROSA,
        by: RAFAEL,
      },
      {
        type: 'EXTRADITION',
        status: 'IN_PROGRESS',
        subject: 'Extradición del transportista detenido en Foz do Iguaçu',
        from: ['PY', 'Ministerio de Relaciones Exteriores, Asunción'],
        to: ['BR', 'Ministério da Justiça e Segurança Pública, Brasília'],
        references: ['PY-EXT-2026-007', null],
        drafted: -20,
        sent: -18,
        acknowledged: -15,
        due: 10,
        responsible: ROSA,
        by: ROSA,
        comments: [[RAFAEL, 'A audiência no STF está marcada para a próxima semana.', -3]],
      },
      {
        type: 'TRACING',
        status: 'SENT',
        subject: 'Rastreo de tres fusiles desviados del depósito de Ciudad del Este',
        from: ['PY', 'Dirección de Material Bélico, Asunción'],
        to: ['AR', 'Agencia Nacional de Materiales Controlados, Buenos Aires'],
        drafted: -6,
        sent: -5,
        due: 25,
        responsible: RAFAEL,
        by: ROSA,
        tracing: {
          manufacturer: 'FN Herstal',
          model: 'FAL',
          calibre: '7,62 × 51 mm',
          serialNumber: '1 2 3 4 7 (series consecutivas)',
          countryOfManufacture: 'BE',
          importMarking: 'RA-FM 1985',
        },
      },
    ],
    tasks: [
      {
        title: 'Mapear las rutas de lanchas en el lago de Itaipú',
        assignee: RAFAEL,
        due: 12,
        status: 'OPEN',
        by: ROSA,
        created: -4,
      },
      {
        title: 'Coordinar la entrega vigilada en Hernandarias',
        description: 'Con la Prefectura Naval y la Polícia Federal; canal seguro del equipo.',
        assignee: ROSA,
        due: 3,
        status: 'IN_PROGRESS',
        by: RAFAEL,
        created: -6,
      },
    ],
    notes: [
      {
        kind: 'STRATEGY',
        title: 'Estrategia conjunta',
        by: ROSA,
        created: -38,
        body: '## Fase 1\n\nIdentificar la red, las lanchas y las cuentas.\n',
        revised: {
          by: RAFAEL,
          day: -7,
          body: '## Fase 1\n\nIdentificar la red, las lanchas y las cuentas.\n\n## Fase 2\n\nEntrega vigilada y detenciones coordinadas a ambos lados del lago.\n',
        },
      },
      {
        kind: 'GENERAL',
        title: 'Autoridades centrales y contactos',
        by: RAFAEL,
        created: -36,
        body: '- **BR**: Ministério da Justiça (DRCI).\n- **PY**: Ministerio Público, Asuntos Internacionales.\n- **AR** (observador): ANMaC.\n',
      },
    ],
    evidence: { writers: [RAFAEL, ROSA], reader: LUCIA, countries: ['BR', 'PY'] },
  },
];

const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

export const jitDemoLoader: DemoLoader = {
  name: 'jit:workspaces-v1',
  async load(app: INestApplicationContext, earlier: readonly DemoLogin[] = []): Promise<DemoLogin[]> {
    const db = app.get<DataSource>(getDataSourceToken());
    const box = new SecretBox(app.get<Buffer>(SECRET_KEY));
    // The demo members keep the password they all share when it was printed in this run; only
    // when the community was loaded by an earlier start (password unknown) do they get a new one.
    const shared = earlier.find((l) => l.role === 'MEMBER')?.password;
    const password = shared ?? `demo ${randomBytes(4).toString('hex')} jit passphrase`;
    const passwordHash = shared ? null : await app.get(PasswordService).hash(password);
    const secret = generateSecret();
    const now = Date.now();
    const at = (days: number, offsetMs = 0) => new Date(now + days * DAY + offsetMs);
    const logins: DemoLogin[] = [];

    await db.transaction(async (m) => {
      const rows: { id: string; full_name: string; email: string }[] = await m.query(
        `SELECT id, full_name, email FROM app_user WHERE email LIKE '%@demo.cop-portal.org'`,
      );
      const people = new Map(rows.map((r) => [r.full_name, r]));
      const person = (name: string) => {
        const found = people.get(name);
        if (!found) throw new Error(`jit demo: no demo member named ${name}`);
        return found.id;
      };

      // The teams' members: a second factor (TOTP secret printed with their login).
      for (const w of WORKSPACES) {
        for (const [name, role, country] of w.members) {
          if (logins.some((l) => l.email === people.get(name)?.email)) continue;
          await m.query(
            `UPDATE app_user SET password_hash = coalesce($2, password_hash), totp_secret = $3, totp_enabled_at = now()
              WHERE id = $1`,
            [person(name), passwordHash, box.seal(JSON.stringify({ active: secret }))],
          );
          logins.push({
            role: 'JIT',
            email: people.get(name)!.email,
            password,
            note: `${role} for ${country} in ${w.name}; TOTP secret ${secret}`,
          });
        }
      }

      await m.query(MESSAGE_SEQ_LOCK);
      for (const w of WORKSPACES) {
        const workspaceId = await loadWorkspace(m, w, person, at);
        await loadDemoEvidence(m, app, [
          {
            workspaceId,
            writerIds: w.evidence.writers.map(person),
            ...(w.evidence.reader ? { readerId: person(w.evidence.reader) } : {}),
            countries: w.evidence.countries,
          },
        ]);
        // The story was written part by part with back-dated times: number it in time order, as
        // live activity is (the timeline pages by number).
        await m.query(
          `WITH old AS (DELETE FROM jit_activity WHERE workspace_id = $1
                        RETURNING workspace_id, actor_id, action, subject_type, subject_id, summary, at)
           INSERT INTO jit_activity (workspace_id, actor_id, action, subject_type, subject_id, summary, at)
           SELECT * FROM old ORDER BY at`,
          [workspaceId],
        );
        await m.query(
          `UPDATE jit_workspace SET last_activity_at = (SELECT max(at) FROM jit_activity WHERE workspace_id = $1)
            WHERE id = $1`,
          [workspaceId],
        );
      }
    });
    return logins;
  },
};

/** One workspace with everything in it, backdated; answers its id. */
async function loadWorkspace(
  m: EntityManager,
  w: DemoWorkspace,
  person: (name: string) => string,
  at: (days: number, offsetMs?: number) => Date,
): Promise<string> {
  const leader = person(w.members[0]![0]);
  const creator = w.setUpBy ? person(w.setUpBy) : leader;
  const activity = async (
    action: JitActivityAction,
    actor: string,
    when: Date,
    subject: [type: string, id: string, summary: string],
  ) =>
    m.query(
      `INSERT INTO jit_activity (workspace_id, actor_id, action, subject_type, subject_id, summary, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [workspaceId, actor, action, subject[0], subject[1], subject[2], when],
    );

  const [row] = (await m.query(
    `INSERT INTO jit_workspace (name, reference, purpose, countries, agreement_signed_on, agreement_ends_on, status,
                                phase_note, created_by, created_at, updated_at, last_activity_at)
     VALUES ($1, $2, $3, $4::text[], $5, $6, 'ACTIVE', $7, $8, $9, $9, $9) RETURNING id`,
    [
      w.name,
      w.reference,
      w.purpose,
      w.countries,
      day(w.signed),
      day(w.extension ? w.extension.previousEnds : w.ends),
      w.phaseNote,
      creator,
      at(w.created),
    ],
  )) as { id: string }[];
  const workspaceId = row!.id;
  await activity('workspace.created', creator, at(w.created), ['workspace', workspaceId, w.name]);

  for (const [i, [name, role, country]] of w.members.entries()) {
    const added = at(w.created, (i + 1) * HOUR);
    await m.query(
      `INSERT INTO jit_member (workspace_id, user_id, role, country, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [workspaceId, person(name), role, country, i === 0 ? creator : leader, added],
    );
    await activity('member.added', i === 0 ? creator : leader, added, ['member', person(name), name]);
  }
  await activity('workspace.status_changed', leader, at(w.signed), ['workspace', workspaceId, w.name]);

  if (w.extension) {
    const ext = w.extension;
    await m.query(
      `INSERT INTO jit_agreement_extension (workspace_id, previous_ends_on, new_ends_on, reason, extended_by, extended_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [workspaceId, day(ext.previousEnds), day(w.ends), ext.reason, person(ext.by), at(ext.day)],
    );
    await m.query(`UPDATE jit_workspace SET agreement_ends_on = $2, updated_at = $3 WHERE id = $1`, [
      workspaceId,
      day(w.ends),
      at(ext.day),
    ]);
    await activity('workspace.agreement_extended', person(ext.by), at(ext.day), [
      'workspace',
      workspaceId,
      w.name,
    ]);
  }

  await loadChannel(m, w, workspaceId, person, at);

  for (const r of w.requests) {
    const by = person(r.by);
    const created = at(r.drafted);
    const [request] = (await m.query(
      `INSERT INTO jit_request (workspace_id, type, status, subject, requesting_country, requesting_authority,
         requested_country, requested_authority, requesting_reference, requested_reference, drafted_on, sent_on,
         acknowledged_on, due_on, answered_on, responsible_id, tracing, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $19)
       RETURNING id`,
      [
        workspaceId,
        r.type,
        r.status,
        r.subject,
        r.from[0],
        r.from[1],
        r.to[0],
        r.to[1],
        r.references?.[0] ?? null,
        r.references?.[1] ?? null,
        day(r.drafted),
        r.sent !== undefined ? day(r.sent) : null,
        r.acknowledged !== undefined ? day(r.acknowledged) : null,
        r.due !== undefined ? day(r.due) : null,
        r.answered !== undefined ? day(r.answered) : null,
        person(r.responsible),
        r.tracing ? JSON.stringify(r.tracing) : null,
        by,
        created,
      ],
    )) as { id: string }[];
    const id = request!.id;
    const event = (
      kind: string,
      actor: string,
      when: Date,
      e: { from?: string; to?: string; comment?: string },
    ) =>
      m.query(
        `INSERT INTO jit_request_event (request_id, kind, actor_id, from_status, to_status, comment, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, kind, actor, e.from ?? null, e.to ?? null, e.comment ?? null, when],
      );
    await event('CREATED', by, created, {});
    await activity('request.created', by, created, ['request', id, r.subject]);
    // The way the request went, each step on its date.
    const steps: [LegalRequestStatus, number | undefined][] = [
      ['SENT', r.sent],
      ['ACKNOWLEDGED', r.acknowledged],
      ['IN_PROGRESS', r.status === 'IN_PROGRESS' ? (r.acknowledged ?? r.sent ?? r.drafted) + 1 : undefined],
      [r.status, r.answered],
    ];
    let previous: LegalRequestStatus = 'DRAFT';
    for (const [status, when] of steps) {
      if (when === undefined || status === previous || status === 'DRAFT') continue;
      const actor = person(r.responsible);
      await event('STATUS', actor, at(when, 2 * HOUR), { from: previous, to: status });
      await activity('request.status_changed', actor, at(when, 2 * HOUR), ['request', id, r.subject]);
      previous = status;
    }
    await m.query(`UPDATE jit_request SET updated_at = $2 WHERE id = $1`, [
      id,
      at(Math.max(r.drafted, r.sent ?? -999, r.acknowledged ?? -999, r.answered ?? -999), 2 * HOUR),
    ]);
    for (const [who, text, when] of r.comments ?? []) {
      await event('COMMENT', person(who), at(when, 3 * HOUR), { comment: text });
      await activity('request.commented', person(who), at(when, 3 * HOUR), ['request', id, r.subject]);
    }
  }

  for (const task of w.tasks) {
    const [row] = (await m.query(
      `INSERT INTO jit_task (workspace_id, title, description, assignee_id, due_on, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        workspaceId,
        task.title,
        task.description ?? null,
        person(task.assignee),
        task.due !== undefined ? day(task.due) : null,
        task.status,
        person(task.by),
        at(task.created),
      ],
    )) as { id: string }[];
    await activity('task.created', person(task.by), at(task.created), ['task', row!.id, task.title]);
    if (task.status !== 'OPEN') {
      await activity('task.status_changed', person(task.assignee), at(task.created + 1), [
        'task',
        row!.id,
        task.title,
      ]);
    }
    for (const [who, text, when] of task.comments ?? []) {
      await m.query(
        `INSERT INTO jit_task_comment (task_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)`,
        [row!.id, person(who), text, at(when)],
      );
      await activity('task.commented', person(who), at(when), ['task', row!.id, task.title]);
    }
  }

  for (const note of w.notes) {
    const created = at(note.created);
    const last = note.revised ? at(note.revised.day) : created;
    const [row] = (await m.query(
      `INSERT INTO jit_note (workspace_id, kind, title, body, version, created_by, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        workspaceId,
        note.kind,
        note.title,
        note.revised?.body ?? note.body,
        note.revised ? 2 : 1,
        person(note.by),
        person(note.revised?.by ?? note.by),
        created,
        last,
      ],
    )) as { id: string }[];
    await activity('note.created', person(note.by), created, ['note', row!.id, note.title]);
    if (note.revised) {
      await m.query(
        `INSERT INTO jit_note_revision (note_id, version, kind, title, body, edited_by, edited_at)
         VALUES ($1, 1, $2, $3, $4, $5, $6)`,
        [row!.id, note.kind, note.title, note.body, person(note.by), created],
      );
      await activity('note.updated', person(note.revised.by), last, ['note', row!.id, note.title]);
    }
  }
  return workspaceId;
}

/** The workspace channel: its members (observers read only) and a few messages. */
async function loadChannel(
  m: EntityManager,
  w: DemoWorkspace,
  workspaceId: string,
  person: (name: string) => string,
  at: (days: number, offsetMs?: number) => Date,
): Promise<void> {
  const minutesAgo = (n: number) => new Date(Date.now() - n * MINUTE);
  const [row] = (await m.query(
    `INSERT INTO conversation (kind, title, jit_workspace_id, created_by, created_at, last_message_at)
     VALUES ('JIT', $1, $2, $3, $4, $4) RETURNING id`,
    [w.name.slice(0, 120), workspaceId, person(w.members[0]![0]), at(w.created)],
  )) as { id: string }[];
  const conversationId = row!.id;
  const seqs: number[] = [];
  for (const [by, text, ago] of w.channel) {
    const [inserted] = (await m.query(
      `INSERT INTO message (conversation_id, sender_id, client_id, seq, change_seq, scheme, payload, created_at)
       SELECT $1, $2, gen_random_uuid(), s, s, 'plain', $3, $4 FROM nextval('message_change_seq') s
       RETURNING seq`,
      [conversationId, person(by), text, minutesAgo(ago)],
    )) as { seq: string }[];
    seqs.push(Number(inserted!.seq));
  }
  const lastSeq = seqs[seqs.length - 1]!;
  const lastAt = minutesAgo(w.channel[w.channel.length - 1]![2]);
  await m.query(`UPDATE conversation SET last_seq = $2, last_message_at = $3 WHERE id = $1`, [
    conversationId,
    lastSeq,
    lastAt,
  ]);
  for (const [name, role] of w.members) {
    // Everyone has read the channel but its newest message (a badge to find it by).
    const wroteLast = w.channel[w.channel.length - 1]![0] === name;
    await m.query(
      `INSERT INTO conversation_member (conversation_id, user_id, role, joined_at, delivered_seq, read_seq, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        conversationId,
        person(name),
        role === 'OBSERVER' ? 'READER' : 'MEMBER',
        at(w.created),
        lastSeq,
        wroteLast ? lastSeq : seqs[seqs.length - 2]!,
        at(-1),
      ],
    );
  }
}
