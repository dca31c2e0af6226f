import { regionOf } from '@cop/contracts';
import type pg from 'pg';

/**
 * The synthetic case-law records of `bench:search`: `count` published records written straight
 * into digest_case and digest_published by one INSERT … SELECT over generate_series (the generated
 * tsvectors are computed by PostgreSQL as they would be on publication). Text is assembled from
 * pools of generated sentences in English (60 %), French (25 %) and Spanish (15 %): a summary of
 * ~80 words, facts and reasoning of ~300 words each, commentary of ~100. Countries, years,
 * offences, articles, weapons and modi follow skewed, realistic distributions. "firearms" appears
 * only in the English records that are about firearms trafficking (27 % of all records: in the
 * title of a fifth of them, the summary of half, only the facts of the rest), so a search for
 * "firearms trafficking" matches ~27 % of the records.
 */

/** A small deterministic PRNG (mulberry32), so every run writes the same sentences. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Lexicon {
  subjects: string[];
  verbs: string[];
  objects: string[];
  places: string[];
  times: string[];
  joiners: string[];
}

const EN: Lexicon = {
  subjects: [
    'The defendant',
    'The accused',
    'The first defendant',
    'The co-accused',
    'The courier',
    'The broker',
    'The buyer',
    'The dealer',
    'The police',
    'Customs officers',
    'The investigators',
    'The prosecutor',
    'The court',
    'The court of appeal',
    'The expert',
    'The ballistic laboratory',
    'A witness',
    'The judge',
    'The defence',
    'The network',
  ],
  verbs: [
    'purchased',
    'concealed',
    'shipped',
    'declared',
    'intercepted',
    'seized',
    'converted',
    'reactivated',
    'assembled',
    'sold',
    'delivered',
    'transported',
    'smuggled',
    'imported',
    'exported',
    'stored',
    'offered',
    'advertised',
    'examined',
    'recovered',
    'identified',
    'traced',
    'documented',
    'ordered',
    'paid for',
    'collected',
  ],
  objects: [
    'a converted alarm pistol',
    'unmarked semi-automatic rifles',
    'several revolvers',
    'boxes of ammunition',
    'two hundred cartridges',
    'pistol frames',
    'barrels and slides',
    'a silencer',
    'blank-firing weapons',
    'deactivated rifles',
    'privately made pistols',
    '3D-printed components',
    'magazines',
    'hunting rifles',
    'automatic weapons',
    'the weapons',
    'the parcels',
    'the consignment',
    'the invoices',
    'encrypted messages',
    'the payments',
    'the licences',
    'forged permits',
    'the serial numbers',
    'gun parts',
    'the shipment',
  ],
  places: [
    'at the border crossing',
    'in a rented van',
    'in the port of entry',
    'through an express courier',
    'in a warehouse',
    'at the airport',
    'in a car workshop',
    'on a darknet marketplace',
    'in a private residence',
    'in a storage unit',
    'at a shooting club',
    'through a postal hub',
    'on a cargo ship',
    'in a truck trailer',
    'behind a false panel',
    'across the river',
  ],
  times: [
    'in early spring',
    'over several months',
    'during the night',
    'before the controlled delivery',
    'after the search',
    'within two weeks',
    'at the time of arrest',
    'during the investigation',
    'in the following year',
    'on three occasions',
  ],
  joiners: [
    'Moreover,',
    'However,',
    'In addition,',
    'Consequently,',
    'The record shows that',
    'The court found that',
    'It was established that',
    'According to the indictment,',
    'The evidence showed that',
    'On appeal,',
  ],
};

const FR: Lexicon = {
  subjects: [
    'Le prévenu',
    "L'accusé",
    'Le premier prévenu',
    'Le coprévenu',
    'Le passeur',
    'Le courtier',
    "L'acheteur",
    'Le vendeur',
    'La police',
    'Les douaniers',
    'Les enquêteurs',
    'Le procureur',
    'Le tribunal',
    "La cour d'appel",
    "L'expert",
    'Le laboratoire balistique',
    'Un témoin',
    'Le juge',
    'La défense',
    'Le réseau',
  ],
  verbs: [
    'a acheté',
    'a dissimulé',
    'a expédié',
    'a déclaré',
    'a intercepté',
    'a saisi',
    'a transformé',
    'a réactivé',
    'a assemblé',
    'a vendu',
    'a livré',
    'a transporté',
    'a introduit clandestinement',
    'a importé',
    'a exporté',
    'a stocké',
    'a proposé',
    'a examiné',
    'a retrouvé',
    'a identifié',
    'a commandé',
    'a payé',
  ],
  objects: [
    "un pistolet d'alarme transformé",
    'des fusils semi-automatiques non marqués',
    'plusieurs revolvers',
    'des boîtes de munitions',
    'deux cents cartouches',
    'des carcasses de pistolets',
    'des canons et des culasses',
    'un silencieux',
    'des armes à blanc',
    'des fusils neutralisés',
    'des pistolets de fabrication artisanale',
    'des pièces imprimées en 3D',
    'des chargeurs',
    'des fusils de chasse',
    'des armes automatiques',
    'les armes',
    'les colis',
    'la cargaison',
    'les factures',
    'des messages chiffrés',
    'les paiements',
    'de faux permis',
  ],
  places: [
    'au poste frontière',
    'dans une camionnette de location',
    "au port d'entrée",
    'par un transporteur express',
    'dans un entrepôt',
    "à l'aéroport",
    'dans un garage',
    'sur une place de marché du darknet',
    'dans une résidence privée',
    'dans un box de stockage',
    'dans un club de tir',
    'par un centre de tri postal',
    'sur un cargo',
    'dans une remorque',
    'derrière un faux panneau',
  ],
  times: [
    'au début du printemps',
    'pendant plusieurs mois',
    'pendant la nuit',
    'avant la livraison surveillée',
    'après la perquisition',
    'en deux semaines',
    "au moment de l'interpellation",
    "pendant l'enquête",
    "l'année suivante",
    'à trois reprises',
  ],
  joiners: [
    'En outre,',
    'Cependant,',
    'De plus,',
    'Par conséquent,',
    'Il ressort du dossier que',
    'Le tribunal a estimé que',
    'Il a été établi que',
    "Selon l'acte d'accusation,",
    'Les preuves ont montré que',
    'En appel,',
  ],
};

const ES: Lexicon = {
  subjects: [
    'El acusado',
    'El imputado',
    'El primer acusado',
    'El coacusado',
    'El correo',
    'El intermediario',
    'El comprador',
    'El vendedor',
    'La policía',
    'Los agentes de aduanas',
    'Los investigadores',
    'El fiscal',
    'El tribunal',
    'La sala de apelación',
    'El perito',
    'El laboratorio balístico',
    'Un testigo',
    'El juez',
    'La defensa',
    'La red',
  ],
  verbs: [
    'compró',
    'ocultó',
    'envió',
    'declaró',
    'interceptó',
    'incautó',
    'transformó',
    'reactivó',
    'ensambló',
    'vendió',
    'entregó',
    'transportó',
    'introdujo de contrabando',
    'importó',
    'exportó',
    'almacenó',
    'ofreció',
    'examinó',
    'recuperó',
    'identificó',
    'encargó',
    'pagó',
  ],
  objects: [
    'una pistola de alarma transformada',
    'fusiles semiautomáticos sin marcar',
    'varios revólveres',
    'cajas de munición',
    'doscientos cartuchos',
    'armazones de pistola',
    'cañones y correderas',
    'un silenciador',
    'armas de fogueo',
    'fusiles inutilizados',
    'pistolas de fabricación casera',
    'piezas impresas en 3D',
    'cargadores',
    'escopetas de caza',
    'armas automáticas',
    'las armas',
    'los paquetes',
    'el cargamento',
    'las facturas',
    'mensajes cifrados',
    'los pagos',
    'permisos falsos',
  ],
  places: [
    'en el paso fronterizo',
    'en una furgoneta alquilada',
    'en el puerto de entrada',
    'por un servicio de mensajería',
    'en un almacén',
    'en el aeropuerto',
    'en un taller mecánico',
    'en un mercado de la darknet',
    'en una vivienda particular',
    'en un trastero',
    'en un club de tiro',
    'por un centro postal',
    'en un buque de carga',
    'en un remolque',
    'detrás de un panel falso',
  ],
  times: [
    'a principios de la primavera',
    'durante varios meses',
    'durante la noche',
    'antes de la entrega vigilada',
    'después del registro',
    'en dos semanas',
    'en el momento de la detención',
    'durante la investigación',
    'al año siguiente',
    'en tres ocasiones',
  ],
  joiners: [
    'Además,',
    'Sin embargo,',
    'Asimismo,',
    'Por consiguiente,',
    'Consta en autos que',
    'El tribunal consideró que',
    'Quedó acreditado que',
    'Según el escrito de acusación,',
    'Las pruebas demostraron que',
    'En apelación,',
  ],
};

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** `count` sentences of about 12 words in a language. */
function sentences(lexicon: Lexicon, count: number, seed: number): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const parts = [pick(rand, lexicon.subjects), pick(rand, lexicon.verbs), pick(rand, lexicon.objects)];
    if (rand() < 0.7) parts.push(pick(rand, lexicon.places));
    if (rand() < 0.5) parts.push(pick(rand, lexicon.times));
    const sentence = parts.join(' ') + '.';
    return rand() < 0.3
      ? `${pick(rand, lexicon.joiners)} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
      : sentence;
  });
}

export const POOL = 2000;

/** Courts and their level, per country (the court facet and the trigram lookups). */
const COURTS: [string, string, string][] = [
  ['US', 'United States District Court for the Southern District of Texas', 'FIRST_INSTANCE'],
  ['US', 'United States Court of Appeals for the Fifth Circuit', 'APPEAL'],
  ['GB', 'Crown Court at Birmingham', 'FIRST_INSTANCE'],
  ['GB', 'Court of Appeal (Criminal Division)', 'APPEAL'],
  ['FR', 'Tribunal judiciaire de Marseille', 'FIRST_INSTANCE'],
  ['FR', "Cour d'appel de Lyon", 'APPEAL'],
  ['FR', 'Cour de cassation, chambre criminelle', 'SUPREME'],
  ['ES', 'Audiencia Nacional', 'SPECIALISED'],
  ['ES', 'Tribunal Supremo, Sala de lo Penal', 'SUPREME'],
  ['MX', 'Juzgado de Distrito en Materia Penal de Sonora', 'FIRST_INSTANCE'],
  ['CO', 'Tribunal Superior de Bogotá', 'APPEAL'],
  ['BR', 'Tribunal Regional Federal da 4ª Região', 'APPEAL'],
  ['AR', 'Tribunal Oral en lo Criminal Federal de Rosario', 'FIRST_INSTANCE'],
  ['DE', 'Landgericht Frankfurt am Main', 'FIRST_INSTANCE'],
  ['DE', 'Oberlandesgericht Düsseldorf', 'APPEAL'],
  ['NL', 'Rechtbank Rotterdam', 'FIRST_INSTANCE'],
  ['BE', 'Tribunal de première instance de Bruxelles', 'FIRST_INSTANCE'],
  ['IT', 'Tribunale di Napoli', 'FIRST_INSTANCE'],
  ['RS', 'Higher Court in Belgrade, Special Department for Organised Crime', 'SPECIALISED'],
  ['BA', 'Court of Bosnia and Herzegovina', 'SPECIALISED'],
  ['UA', 'Kyiv Court of Appeal', 'APPEAL'],
  ['SE', 'Göta Court of Appeal', 'APPEAL'],
  ['ZA', 'High Court of South Africa, Gauteng Division', 'FIRST_INSTANCE'],
  ['NG', 'Federal High Court of Nigeria, Lagos Division', 'FIRST_INSTANCE'],
  ['KE', 'High Court of Kenya at Mombasa', 'FIRST_INSTANCE'],
  ['SN', 'Tribunal de grande instance de Dakar', 'FIRST_INSTANCE'],
  ['MA', "Cour d'appel de Casablanca", 'APPEAL'],
  ['PH', 'Regional Trial Court of Manila', 'FIRST_INSTANCE'],
  ['TH', 'Criminal Court of Bangkok', 'FIRST_INSTANCE'],
  ['AU', 'Supreme Court of New South Wales', 'SUPREME'],
  ['CA', 'Ontario Court of Justice', 'FIRST_INSTANCE'],
  ['JM', 'Gun Court of Jamaica', 'SPECIALISED'],
  ['TR', 'Istanbul Regional Court of Justice', 'APPEAL'],
  ['IN', 'High Court of Punjab and Haryana', 'APPEAL'],
  ['AL', 'Special Court of First Instance for Anti-Corruption and Organised Crime', 'SPECIALISED'],
  ['PE', 'Corte Superior de Justicia de Lima', 'APPEAL'],
];

export const OFFENCES = [
  'illicit-manufacturing',
  'illicit-trafficking',
  'falsifying-markings',
  'illicit-possession',
  'conversion-reactivation',
  'diversion',
  'organized-criminal-group',
  'terrorism-related',
  'money-laundering',
];
export const WEAPONS = [
  'handguns',
  'rifles',
  'automatic-weapons',
  'converted-alarm-weapons',
  'privately-made',
  'parts-components',
  'ammunition',
  'shotguns',
];
export const MODI = [
  'postal-parcels',
  'vehicle-concealment',
  'online-darknet',
  'straw-purchases',
  'stockpile-diversion',
  'ant-trade',
  'legal-to-illegal',
  'container-shipping',
];
const OUTCOMES = [
  'CONVICTION',
  'CONVICTION',
  'CONVICTION',
  'CONVICTION',
  'PARTIAL_CONVICTION',
  'PARTIAL_CONVICTION',
  'PLEA_AGREEMENT',
  'PLEA_AGREEMENT',
  'ACQUITTAL',
  'DISMISSED',
  'PENDING',
  'OTHER',
];

export interface Seeded {
  count: number;
  ms: number;
  /** An existing case number and court, for the lookup searches. */
  caseNumber: string;
}

/**
 * Writes `count` published records (see the file comment); returns how long it took. The pool
 * needs SEARCH_BENCH_JOBS (default 2) + 1 connections.
 */
export async function seedDigest(pool: pg.Pool, count: number): Promise<Seeded> {
  const started = Date.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`CREATE UNLOGGED TABLE bench_sentence (lang text, n int, text text)`);
    for (const [lang, lexicon, seed] of [
      ['en', EN, 1],
      ['fr', FR, 2],
      ['es', ES, 3],
    ] as const) {
      await client.query(
        `INSERT INTO bench_sentence SELECT $1, n - 1, t FROM unnest($2::text[]) WITH ORDINALITY AS s(t, n)`,
        [lang, sentences(lexicon, POOL, seed)],
      );
    }
    await client.query(`CREATE INDEX ON bench_sentence (lang, n)`);
    await client.query(
      `CREATE UNLOGGED TABLE bench_court (n int, country text, court text, level text, region text)`,
    );
    await client.query(
      `INSERT INTO bench_court SELECT n - 1, c[1], c[2], c[3], c[4] FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS j(e, n),
         LATERAL (SELECT array(SELECT jsonb_array_elements_text(e))) AS a(c)`,
      [JSON.stringify(COURTS.map((c) => [...c, regionOf(c[0])]))],
    );
    await client.query('SELECT setseed(0.42)');
    // One row per record: its draws (language, court, topic, …) first, then the text from them.
    await client.query(
      `CREATE UNLOGGED TABLE bench_draw AS
       SELECT i, gen_random_uuid() AS id,
         CASE WHEN r1 < 0.60 THEN 'en' WHEN r1 < 0.85 THEN 'fr' ELSE 'es' END AS lang,
         -- a skewed court (and so country) distribution: low numbers far more often
         floor(power(random(), 1.8) * ${COURTS.length})::int AS court_n,
         random() AS topic, random() AS r2, random() AS r3,
         (DATE '2026-01-01' - (power(random(), 1.6) * 7300)::int) AS decided
       FROM (SELECT i, random() AS r1 FROM generate_series(1, $1::int) AS i) AS s`,
      [count],
    );
    await client.query(
      `INSERT INTO digest_case (id, status, content, revision, published_revision, published_at)
       SELECT id, 'PUBLISHED', jsonb_build_object('bench', i), 1, 1, now() FROM bench_draw`,
    );
    const s = (lang: string, n: number, salt: number) =>
      `(SELECT string_agg(b.text, ' ') FROM generate_series(1, ${n}) AS g(k)
         JOIN bench_sentence b ON b.lang = ${lang} AND b.n = abs(hashint8(d.i * 1000 + g.k * 10 + ${salt})) % ${POOL})`;
    const trafficking = {
      en: 'firearms trafficking',
    };
    await client.query('COMMIT');
    // The text and its tsvectors are most of the work: ranges of records on parallel connections.
    const jobs = Math.max(1, Number(process.env.SEARCH_BENCH_JOBS ?? 2));
    const step = Math.ceil(count / jobs);
    await Promise.all(
      Array.from({ length: jobs }, (_, j) =>
        pool.query(
          `INSERT INTO digest_published (case_id, revision, published_at, title, country, region, jurisdiction,
         court, court_level, case_number, decision_date, procedural_stage, legal_system, content_language,
         outcome, offences, protocol_articles, convention_articles, weapons, modus, route_countries,
         summary, body, lang_config)
       SELECT d.id, 1, now(),
         CASE WHEN d.lang = 'en' AND d.topic < 0.09 THEN 'Conviction for ${trafficking.en} through ' || m.modus_words
              WHEN d.lang = 'en' THEN 'Prosecutor v. defendant ' || d.i || ': ' || m.modus_words
              WHEN d.lang = 'fr' THEN 'Ministère public c. prévenu ' || d.i || ' : ' || m.modus_words
              ELSE 'Fiscalía c. acusado ' || d.i || ': ' || m.modus_words END,
         c.country, c.region, NULL, c.court, c.level,
         c.country || '-' || extract(year FROM d.decided) || '-' || lpad((d.i % 100000)::text, 5, '0'),
         d.decided,
         (ARRAY['FIRST_INSTANCE', 'APPEAL', 'FINAL'])[1 + (d.i % 3)],
         (ARRAY['COMMON_LAW', 'CIVIL_LAW', 'CIVIL_LAW', 'MIXED'])[1 + (d.i % 4)],
         d.lang,
         (ARRAY['${OUTCOMES.join("','")}'])[1 + floor(d.r2 * ${OUTCOMES.length})::int],
         m.offences, m.protocol, m.convention, m.weapons, m.modus, ARRAY[c.country],
         CASE WHEN d.lang = 'en' AND d.topic >= 0.09 AND d.topic < 0.315
                THEN 'A case of ${trafficking.en}. ' ELSE '' END
           || CASE WHEN d.i % 1000 = 7 THEN 'Zastava pistols were recovered. ' ELSE '' END
           || CASE WHEN d.i % 50 = 3 THEN 'The weapons were concealed in the fuel tank of a lorry. ' ELSE '' END
           || ${s('d.lang', 7, 1)},
         concat_ws(E'\\n', c.court, c.country || '-' || extract(year FROM d.decided) || '-' || lpad((d.i % 100000)::text, 5, '0'),
           CASE WHEN d.lang = 'en' AND d.topic >= 0.315 AND d.topic < 0.45
                THEN 'The facts concern ${trafficking.en} over several years.' END,
           CASE WHEN d.lang = 'fr' AND d.r3 < 0.4 THEN 'Une affaire de trafic d''armes à feu.' END,
           CASE WHEN d.lang = 'es' AND d.r3 < 0.4 THEN 'Un caso de tráfico de armas de fuego.' END,
           ${s('d.lang', 25, 2)}, ${s('d.lang', 24, 3)}, ${s('d.lang', 8, 4)},
           array_to_string(m.offences || m.weapons || m.modus, ' ')),
         (CASE d.lang WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' ELSE 'spanish' END)::regconfig
       FROM bench_draw d
       JOIN bench_court c ON c.n = d.court_n
       CROSS JOIN LATERAL (
         SELECT
           array(SELECT o FROM unnest($1::text[]) WITH ORDINALITY AS u(o, k)
                 WHERE k = 1 + d.i % 9 OR (k <= 3 AND abs(hashint4((d.i + k)::int)) % 3 = 0) OR abs(hashint4((d.i * 7 + k)::int)) % 11 = 0) AS offences,
           array(SELECT a FROM unnest(ARRAY[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]) WITH ORDINALITY AS u(a, k)
                 WHERE abs(hashint4((d.i * 13 + k)::int)) % (k + 1) = 0) AS protocol,
           array(SELECT a FROM unnest(ARRAY[2, 3, 5, 6, 10, 12, 13, 14, 16, 18, 19, 20, 24, 26, 27]) WITH ORDINALITY AS u(a, k)
                 WHERE abs(hashint4((d.i * 17 + k)::int)) % (k + 2) = 0) AS convention,
           array(SELECT w FROM unnest($2::text[]) WITH ORDINALITY AS u(w, k)
                 WHERE k = 1 + abs(hashint4(d.i::int * 3)) % 8 OR abs(hashint4((d.i * 5 + k)::int)) % (2 * k + 2) = 0) AS weapons,
           array(SELECT x FROM unnest($3::text[]) WITH ORDINALITY AS u(x, k)
                 WHERE k = 1 + abs(hashint4(d.i::int * 11)) % 8 OR abs(hashint4((d.i * 19 + k)::int)) % (3 * k) = 0) AS modus,
           replace((ARRAY[$3::text[]])[1][1 + abs(hashint4(d.i::int * 11)) % 8], '-', ' ') AS modus_words
       ) AS m
       WHERE d.i > $4::int AND d.i <= $5::int`,
          [OFFENCES, WEAPONS, MODI, j * step, (j + 1) * step],
        ),
      ),
    );
    await client.query('DROP TABLE bench_sentence, bench_court, bench_draw');
    const found: { case_number: string }[] = (
      await client.query(`SELECT case_number FROM digest_published ORDER BY case_id LIMIT 1`)
    ).rows;
    return { count, ms: Date.now() - started, caseNumber: found[0]!.case_number };
  } finally {
    client.release();
  }
}
