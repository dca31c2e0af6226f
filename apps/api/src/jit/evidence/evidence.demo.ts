import type { INestApplicationContext } from '@nestjs/common';
import {
  AccountStatus,
  CustodyAction,
  EvidenceIntegrity,
  EvidenceType,
  Role,
  SessionState,
} from '@cop/contracts';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../access/principal.js';
import { FilesService } from '../../files/files.service.js';
import { sessionRef } from './custody.js';
import { EVIDENCE_SUBJECT, type CustodyDetails } from './evidence.rows.js';

/*
 * A few synthetic evidence items for the demo workspaces: a forensic report (PDF), a photograph
 * (PNG) and a seizure record (plain text), each with a believable chain of custody. Every text
 * and image is made up for this project.
 */

/** Where demo evidence goes. */
export interface DemoEvidenceTarget {
  workspaceId: string;
  /**
   * Current LEADER/MEMBER ids of the workspace: the first adds the items and seals one, the
   * second (when given) receives a transfer and edits an item.
   */
  writerIds: string[];
  /** A member (an observer, say) who viewed, downloaded and verified; default the first writer. */
  readerId?: string;
  /** Countries of origin to use, from the workspace's countries (at least one). */
  countries: string[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function demoPrincipal(userId: string): Principal {
  return {
    userId,
    email: '',
    role: Role.MEMBER,
    status: AccountStatus.ACTIVE,
    sessionId: `demo-session-${userId}`,
    sessionState: SessionState.ACTIVE,
  };
}

/** A small but real PDF with the report's text in its page content. */
function demoPdf(lines: string[]): Buffer {
  const text = lines
    .map((l, i) => `BT /F1 9 Tf 40 ${760 - i * 14} Td (${l.replace(/[()\\]/g, '')}) Tj ET`)
    .join('\n');
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>',
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
    `<</Length ${Buffer.byteLength(text, 'latin1')}>>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A grey "photograph" of a stamped frame with a restored serial-number area. */
async function demoPng(): Promise<Buffer> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240">
       <rect width="480" height="240" fill="#6b6f73"/>
       <rect x="40" y="70" width="400" height="100" rx="8" fill="#8c9196"/>
       <text x="60" y="135" font-family="monospace" font-size="36" fill="#2b2e31">A?4471-K</text>
       <text x="40" y="220" font-family="sans-serif" font-size="14" fill="#e8e8e8">Demo exhibit — synthetic image</text>
     </svg>`,
  );
  return sharp(svg).png().toBuffer();
}

interface DemoItem {
  title: string;
  description: string;
  type: EvidenceType;
  collectedBy: string;
  legalBasis: string;
  classification: string;
  file: () => Promise<{ name: string; data: Buffer }>;
  /** Days before the load when it was added. */
  ago: number;
  sealed?: boolean;
  transferred?: boolean;
  edited?: boolean;
}

const ITEMS: DemoItem[] = [
  {
    title: 'Ballistics comparison report — pistol frame, case file 2026/114',
    description:
      'Comparison of test-fired cartridge cases with the cases recovered at both scenes. Conclusion: same firearm.',
    type: EvidenceType.FORENSIC_REPORT,
    collectedBy: 'National forensic laboratory, firearms unit',
    legalBasis: 'Order of the investigating judge, art. 156 CPP',
    classification: 'JIT RESTRICTED',
    ago: 9,
    sealed: true,
    file: async () => ({
      name: 'ballistics-comparison-report.pdf',
      data: demoPdf([
        'Firearms unit - comparison report (demo, synthetic)',
        'Exhibit: pistol frame, converted alarm pistol, 9 mm P.A.K.',
        'Test firings: 3 cartridges, reference ammunition',
        'Scene A cases: 4 - concordant breech-face marks',
        'Scene B cases: 2 - concordant firing-pin impressions',
        'Conclusion: both sets were fired by the exhibit.',
      ]),
    }),
  },
  {
    title: 'Photograph of the serial-number area after chemical restoration',
    description: 'Partial number visible after restoration (Fry’s reagent): “…4471”.',
    type: EvidenceType.IMAGE,
    collectedBy: 'Crime scene unit, photographer on duty',
    legalBasis: 'Seizure report of the judicial police',
    classification: 'JIT RESTRICTED',
    ago: 6,
    transferred: true,
    file: async () => ({ name: 'serial-number-restoration.png', data: await demoPng() }),
  },
  {
    title: 'Seizure record — 12 converted alarm pistols, port warehouse',
    description: 'Inventory with marks, calibres and packaging as found.',
    type: EvidenceType.SEIZED_FIREARM_RECORD,
    collectedBy: 'Customs, container inspection team',
    legalBasis: 'Customs code, inspection powers',
    classification: 'LAW ENFORCEMENT ONLY',
    ago: 3,
    edited: true,
    file: async () => ({
      name: 'seizure-record.txt',
      data: Buffer.from(
        [
          'SEIZURE RECORD (demo, synthetic)',
          'Place: bonded warehouse, container inspection area',
          'Items: 12 alarm pistols converted to fire live 9 mm ammunition',
          'Marks: importer stamp removed on 9 of 12; barrels bored through',
          'Packaging: 2 cartons declared as "spare parts for machines"',
          'Sealed bags: S-0412 to S-0423',
          '',
        ].join('\n'),
        'utf8',
      ),
    }),
  },
];

/**
 * Adds demo evidence to each target workspace through the domain's own services: files are
 * uploaded through FilesService (so they are stored by the StorageDriver, hashed and sniffed) and
 * attached inside `manager`'s transaction; items are numbered with the workspace's evidence_seq;
 * custody events (UPLOADED, VIEWED, DOWNLOADED, TRANSFERRED, METADATA_CHANGED, SEALED, VERIFIED)
 * are backdated over the last days. Called by jit.demo.ts:
 *
 *   await loadDemoEvidence(manager, app, [{ workspaceId, writerIds: [leaderId, memberId],
 *     readerId: observerId, countries: ['SN', 'GH'] }]);
 *
 * Returns how many items were added.
 */
export async function loadDemoEvidence(
  manager: EntityManager,
  app: INestApplicationContext,
  targets: readonly DemoEvidenceTarget[],
): Promise<number> {
  const files = app.get(FilesService, { strict: false });
  const now = Date.now();
  let added = 0;
  for (const target of targets) {
    const [owner, second] = target.writerIds;
    if (!owner) throw new Error('loadDemoEvidence: a workspace needs at least one writer');
    const reader = target.readerId ?? owner;
    for (const [index, item] of ITEMS.entries()) {
      const { name, data } = await item.file();
      const uploaded = await files.upload(demoPrincipal(owner), { name, data });
      const id = randomUUID();
      await files.attach(demoPrincipal(owner), [uploaded.id], { type: EVIDENCE_SUBJECT, id }, manager);
      const [seq] = (await manager.query(
        `UPDATE jit_workspace SET evidence_seq = evidence_seq + 1 WHERE id = $1 RETURNING evidence_seq`,
        [target.workspaceId],
      )) as [{ evidence_seq: number }[], number];
      const createdAt = new Date(now - item.ago * DAY);
      const at = (offset: number) => new Date(createdAt.getTime() + offset);
      const custodian = item.transferred && second ? second : owner;
      const sealedAt = item.sealed ? at(2 * HOUR) : null;
      const country = target.countries[index % target.countries.length]!;
      const description = item.edited
        ? `${item.description} Photographs attached separately.`
        : item.description;
      await manager.query(
        `INSERT INTO jit_evidence (id, workspace_id, number, title, description, type, origin_country,
           collected_by, collected_at, legal_basis, classification, file_id, sha256, size, custodian_id,
           sealed_at, sealed_by, integrity, last_verified_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
           $21, $22)`,
        [
          id,
          target.workspaceId,
          seq[0]!.evidence_seq,
          item.title,
          description,
          item.type,
          country,
          item.collectedBy,
          new Date(createdAt.getTime() - DAY),
          item.legalBasis,
          item.classification,
          uploaded.id,
          uploaded.sha256,
          uploaded.size,
          custodian,
          sealedAt,
          item.sealed ? owner : null,
          item.sealed ? EvidenceIntegrity.OK : EvidenceIntegrity.UNVERIFIED,
          item.sealed ? at(3 * HOUR) : null,
          owner,
          createdAt,
          item.edited || item.transferred || item.sealed ? at(2 * HOUR) : createdAt,
        ],
      );

      const events: { action: CustodyAction; actor: string; at: Date; details?: CustodyDetails }[] = [
        {
          action: CustodyAction.UPLOADED,
          actor: owner,
          at: createdAt,
          details: { sha256: uploaded.sha256, size: uploaded.size },
        },
        { action: CustodyAction.VIEWED, actor: reader, at: at(40 * MINUTE) },
        { action: CustodyAction.DOWNLOADED, actor: reader, at: at(45 * MINUTE) },
      ];
      if (item.edited && second) {
        events.push({
          action: CustodyAction.METADATA_CHANGED,
          actor: second,
          at: at(2 * HOUR),
          details: {
            fields: ['description'],
            before: { description: item.description },
            after: { description },
          },
        });
      }
      if (item.transferred && second) {
        events.push({
          action: CustodyAction.TRANSFERRED,
          actor: owner,
          at: at(2 * HOUR),
          details: { from: owner, to: second },
        });
      }
      if (item.sealed) {
        events.push(
          {
            action: CustodyAction.SEALED,
            actor: owner,
            at: at(2 * HOUR),
            details: { sha256: uploaded.sha256 },
          },
          {
            action: CustodyAction.VERIFIED,
            actor: reader,
            at: at(3 * HOUR),
            details: { sha256: uploaded.sha256, expected: uploaded.sha256 },
          },
        );
      }
      for (const event of events) {
        await manager.query(
          `INSERT INTO jit_custody_event (workspace_id, evidence_id, action, actor_id, session_ref, details, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            target.workspaceId,
            id,
            event.action,
            event.actor,
            sessionRef(`demo-session-${event.actor}`),
            JSON.stringify(event.details ?? {}),
            event.at,
          ],
        );
      }
      await manager.query(
        `INSERT INTO jit_activity (workspace_id, actor_id, action, subject_type, subject_id, summary, at)
         VALUES ($1, $2, 'evidence.added', 'evidence', $3, $4, $5)`,
        [target.workspaceId, owner, id, item.title, createdAt],
      );
      added++;
    }
  }
  return added;
}
