import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoLoader } from '../database/demo/demo-loader.js';
import { MESSAGE_SEQ_LOCK } from './message-sender.js';

/*
 * The messaging part of the demo community: direct and group conversations between the synthetic
 * members of identity.demo.ts, in several languages. Awa Ndiaye — the member login printed on
 * first start — is in four of them, with unread messages waiting. Every text is written for this
 * project; any likeness to real cases is accidental.
 */

interface DemoMessage {
  by: string;
  text: string;
  /** Minutes before the load. */
  ago: number;
  /** Answers an earlier message of the conversation (its index). */
  to?: number;
  /** The sender corrected it afterwards. */
  editedTo?: string;
}

interface DemoConversation {
  /** Null for a direct conversation. */
  title: string | null;
  /** The first is the creator (admin of a group). */
  members: string[];
  /** How many messages each member has read (default: all); unread ones make the badge. */
  readUpTo?: Record<string, number>;
  muted?: string[];
  messages: DemoMessage[];
}

const AWA = 'Awa Ndiaye';
const KOFFI = 'Koffi Mensah-Bamba';
const ABENA = 'Abena Owusu-Darko';
const FATOU = 'Fatou Diallo-Sy';
const HOUR = 60;
const DAY = 24 * HOUR;

const CONVERSATIONS: DemoConversation[] = [
  {
    title: null,
    members: [AWA, KOFFI],
    readUpTo: { [AWA]: 3 },
    messages: [
      {
        by: AWA,
        text: 'Bonjour Koffi, le pistolet saisi à Rufisque a un numéro de série meulé sur la carcasse. Votre labo peut-il tenter une révélation chimique ?',
        ago: 3 * DAY,
      },
      {
        by: KOFFI,
        text: 'Bonjour Awa. Oui, envoyez-nous la carcasse sous scellé avec la fiche de chaîne de possession. Nous utilisons le réactif de Fry, comptez une semaine.',
        ago: 3 * DAY - 50,
      },
      {
        by: AWA,
        text: 'Parfait, le scellé part demain par la valise diplomatique. Je joins la réquisition du juge d’instruction.',
        ago: 2 * DAY,
      },
      {
        by: KOFFI,
        text: 'Résultat partiel : on lit « ..4471 » et le marquage du fabricant. La demande de traçage au fabricant est prête, il me faut votre référence de procédure.',
        ago: 5 * HOUR,
      },
      {
        by: KOFFI,
        text: 'Le fabricant répond sous 30 jours en général. Je vous tiens au courant.',
        ago: 5 * HOUR - 2,
        to: 3,
      },
    ],
  },
  {
    title: 'Livraison surveillée — colis Tema → Dakar',
    members: [AWA, ABENA, KOFFI, FATOU],
    readUpTo: { [AWA]: 4, [KOFFI]: 3 },
    messages: [
      {
        by: ABENA,
        text: 'X-ray at Tema flagged three parcels declared as "bicycle spare parts": slides, barrels and frames of what look like 9 mm pistols. Consignee in Dakar.',
        ago: 6 * DAY,
      },
      {
        by: AWA,
        text: 'Merci Abena. Le parquet autorise une livraison surveillée. Pouvez-vous laisser partir les colis sans éveiller l’attention du transitaire ?',
        ago: 6 * DAY - 90,
      },
      {
        by: ABENA,
        text: 'Yes. We photographed and weighed everything, resealed with the original tape. Parcels leave on the Thursday vessel; tracking numbers follow by phone, not here.',
        ago: 5 * DAY,
        editedTo:
          'Yes. We photographed and weighed everything and resealed with the original tape. Parcels leave on the Thursday vessel; tracking numbers follow by phone, not here.',
      },
      {
        by: FATOU,
        text: 'Reminder for everyone: keep the parcel references out of the chat and out of e-mail. The secretariat can host the coordination call on Monday.',
        ago: 4 * DAY,
      },
      {
        by: KOFFI,
        text: 'Côté Abidjan, le même transitaire apparaît dans un dossier de 2025. Je vérifie si le destinataire est le même.',
        ago: 20 * HOUR,
      },
      {
        by: ABENA,
        text: 'Vessel docked in Dakar this morning. Customs there have the parcels under watch.',
        ago: 90,
      },
    ],
  },
  {
    title: null,
    members: [AWA, ABENA],
    messages: [
      {
        by: ABENA,
        text: 'Awa, can we fix a date for the JIT meeting with Ghana and Senegal prosecutors? I am free on the 14th or the 16th.',
        ago: 8 * DAY,
      },
      {
        by: AWA,
        text: 'Le 16 me convient, 10 h GMT, en visioconférence sécurisée. J’envoie l’ordre du jour.',
        ago: 8 * DAY - 30,
      },
      { by: ABENA, text: 'Great, the 16th at 10:00 GMT it is.', ago: 8 * DAY - 25 },
    ],
  },
  {
    title: 'JIT kick-off: Black Sea parcels',
    members: ['Olena Bondarenko', 'Ion Rusu', 'Aigerim Sadykova', AWA],
    readUpTo: { [AWA]: 1, 'Aigerim Sadykova': 2 },
    muted: ['Ion Rusu'],
    messages: [
      {
        by: 'Olena Bondarenko',
        text: 'Колеги, пропоную провести першу зустріч СГР 16-го. Порядок денний: обмін доказами, правова основа, мовні питання.',
        ago: 2 * DAY,
      },
      {
        by: 'Ion Rusu',
        text: 'Bună ziua. From Chișinău: the 16th works. We can bring the export licences that were forged for the shipment.',
        ago: 2 * DAY - 40,
      },
      {
        by: 'Aigerim Sadykova',
        text: 'Поддерживаю 16-е. Предлагаю вести протокол на английском, документы — с переводом на русский.',
        ago: DAY,
      },
      {
        by: 'Olena Bondarenko',
        text: 'Awa, you ran a JIT with Ghana last year: could you share the model agreement you used (without case details)?',
        ago: 3 * HOUR,
      },
    ],
  },
  {
    title: 'Converted alarm pistol — border crossing',
    members: ['Nikola Vuković', 'Elira Hoxha', 'Amir Hadžić'],
    readUpTo: { 'Amir Hadžić': 2 },
    messages: [
      {
        by: 'Nikola Vuković',
        text: 'Border police seized a converted alarm pistol in a car at the crossing last night: barrel drilled through, 9 mm PAK rounds converted to live. Driver holds Albanian papers.',
        ago: 30 * HOUR,
      },
      {
        by: 'Elira Hoxha',
        text: 'Send me the make and the marking photos. We have had the same model converted in a workshop near Durrës.',
        ago: 29 * HOUR,
      },
      {
        by: 'Nikola Vuković',
        text: 'Same model, marking intact on the slide. Our ballistics lab test-fired it: it works with live rounds.',
        ago: 26 * HOUR,
        to: 1,
      },
      {
        by: 'Amir Hadžić',
        text: 'Please compare the test-fire cartridge cases with our IBIS entries from Tuzla; we have two shootings with converted pistols this year.',
        ago: 4 * HOUR,
      },
    ],
  },
  {
    title: null,
    members: ['Lucía Ferreyra', 'Camila Soto Reyes'],
    readUpTo: { 'Camila Soto Reyes': 1 },
    messages: [
      {
        by: 'Lucía Ferreyra',
        text: 'Camila, ¿tienen en Chile la solicitud de rastreo de las pistolas con número borrado que incautamos en Rosario?',
        ago: 2 * DAY,
      },
      {
        by: 'Lucía Ferreyra',
        text: 'Si les sirve, les envío el informe balístico y el pedido de asistencia por la vía de la autoridad central.',
        ago: 2 * DAY - 5,
      },
    ],
  },
];

type Db = DataSource | EntityManager;

async function people(db: Db): Promise<Map<string, string>> {
  const rows: { id: string; full_name: string }[] = await db.query(
    `SELECT id, full_name FROM app_user WHERE email LIKE '%@demo.cop-portal.org'`,
  );
  return new Map(rows.map((r) => [r.full_name, r.id]));
}

/** Writes the demo conversations straight to the tables, with past dates, in one transaction. */
export const messagingDemoLoader: DemoLoader = {
  name: 'messaging:conversations-v1',
  async load(app: INestApplicationContext): Promise<void> {
    const db = app.get<DataSource>(getDataSourceToken());
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
    await db.transaction(async (m) => {
      await m.query(MESSAGE_SEQ_LOCK);
      const ids = await people(m);
      const person = (name: string): string => {
        const id = ids.get(name);
        if (!id) throw new Error(`messaging demo: no demo member named ${name}`);
        return id;
      };
      for (const c of CONVERSATIONS) {
        const members = c.members.map(person);
        const created = at(c.messages[0]!.ago + 60);
        const [row] = (await m.query(
          `INSERT INTO conversation (kind, title, direct_key, created_by, created_at, last_message_at)
           VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
          [
            c.title === null ? 'DIRECT' : 'GROUP',
            c.title,
            c.title === null ? [...members].sort().join(':') : null,
            members[0],
            created,
          ],
        )) as { id: string }[];
        const conversationId = row!.id;
        const ids: string[] = [];
        const seqs: number[] = [];
        for (const message of c.messages) {
          const [inserted] = (await m.query(
            `INSERT INTO message (conversation_id, sender_id, client_id, seq, change_seq, scheme, payload,
                                  reply_to_id, created_at, edited_at)
             SELECT $1, $2, gen_random_uuid(), s, s, 'plain', $3, $4, $5, $6
               FROM nextval('message_change_seq') s
             RETURNING id, seq`,
            [
              conversationId,
              person(message.by),
              message.editedTo ?? message.text,
              message.to !== undefined ? ids[message.to] : null,
              at(message.ago),
              message.editedTo ? at(message.ago - 10) : null,
            ],
          )) as { id: string; seq: string }[];
          ids.push(inserted!.id);
          seqs.push(Number(inserted!.seq));
        }
        const lastSeq = seqs[seqs.length - 1]!;
        await m.query(`UPDATE conversation SET last_seq = $2, last_message_at = $3 WHERE id = $1`, [
          conversationId,
          lastSeq,
          at(c.messages[c.messages.length - 1]!.ago),
        ]);
        for (const [i, name] of c.members.entries()) {
          const readCount = c.readUpTo?.[name] ?? c.messages.length;
          // A member has always read what they wrote themselves.
          const ownLast = c.messages.reduce((acc, msg, index) => (msg.by === name ? index + 1 : acc), 0);
          const read = Math.max(readCount, ownLast);
          const readSeq = read > 0 ? seqs[read - 1]! : 0;
          await m.query(
            `INSERT INTO conversation_member (conversation_id, user_id, role, joined_at, muted, delivered_seq, read_seq, read_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              conversationId,
              person(name),
              c.title !== null && i === 0 ? 'ADMIN' : 'MEMBER',
              created,
              c.muted?.includes(name) ?? false,
              // Everything reached a device of theirs; what they have not read is unread.
              Math.max(readSeq, c.readUpTo?.[name] !== undefined ? lastSeq : readSeq),
              readSeq,
              read > 0 ? at(c.messages[read - 1]!.ago - 1) : null,
            ],
          );
        }
      }
    });
  },
};
