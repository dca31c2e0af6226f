import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type AccountStatus, type LanguageCode, type Role, SessionState } from '@cop/contracts';
import { mentionMarkdown } from '@cop/contracts/markdown';
import type { DataSource } from 'typeorm';
import type { Principal } from '../access/principal.js';
import type { DemoLoader } from '../database/demo/demo-loader.js';
import { ModerationService } from './moderation.service.js';
import { ThreadsService } from './threads.service.js';

/*
 * The case-discussion part of the demo community: regional and thematic groups, categories (two of
 * them restricted to a regional group) and threads between the synthetic members of
 * identity.demo.ts. Everything here — people, cases, references, links — is written for this
 * project; any likeness to real cases is accidental.
 *
 * In the texts, `@{Full Name}` becomes a mention of that demo member.
 */

type CategorySlug =
  | 'community'
  | 'converted-weapons'
  | 'routes-concealment'
  | 'marking-tracing'
  | 'evidence-ballistics'
  | 'mla-extradition'
  | 'online-darknet'
  | 'sahel-corridor'
  | 'balkan-stockpiles';

type GroupSlug =
  | 'west-central-africa'
  | 'western-balkans'
  | 'latin-america-caribbean'
  | 'central-asia'
  | 'postal-express-parcels';

/** Texts in the other five portal languages (the base text, in English, is stored apart). */
type Translations = Record<Exclude<LanguageCode, 'en'>, string>;

interface DemoGroup {
  slug: GroupSlug;
  kind: 'REGIONAL' | 'THEMATIC';
  name: string;
  description: string;
  /** Full names of demo members and staff (identity.demo.ts). */
  members: string[];
}

interface DemoCategory {
  slug: CategorySlug;
  name: string;
  names: Translations;
  description: string;
  descriptions: Translations;
  /** Empty: open to every active member. */
  groups: GroupSlug[];
}

interface DemoPost {
  by: string;
  body: string;
  /** The post this one answers, as an index into the thread's posts (0 = the opening post). */
  to?: number;
  /** The author edits the post afterwards (the first text is kept as a revision). */
  editedTo?: string;
  /** The author deletes the post afterwards. */
  deletedByAuthor?: true;
  /** A member flags the post and a moderator hides it. */
  hidden?: { flaggedBy: string; flagReason: string; by: string; reason: string };
  /** Flags left open, for the moderation queue. */
  flags?: { by: string; reason: string }[];
}

interface DemoThread {
  category: CategorySlug;
  language: LanguageCode;
  title: string;
  tags: string[];
  countries: string[];
  caseReference?: string;
  /** The opening post first, then the replies in order. */
  posts: [DemoPost, ...DemoPost[]];
  pinned?: { by: string; reason: string };
  locked?: { by: string; reason: string };
  /** When it was opened; otherwise somewhere in the last nine weeks. */
  daysAgo?: number;
}

/** Markdown written indented in this file: drops the common indentation and the edge blank lines. */
function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((all, s, i) => all + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

// ------------------------------------------------------------------------------------------- groups

const FATOU = 'Fatou Diallo-Sy';
const DIEGO = 'Diego Álvarez Ruiz';
const HELENE = 'Hélène Marchetti';

const GROUPS: DemoGroup[] = [
  {
    slug: 'west-central-africa',
    kind: 'REGIONAL',
    name: 'West and Central Africa',
    description:
      'Prosecutors, judges, investigators, customs and firearms commissions of West and Central Africa and the Sahel.',
    members: [
      'Awa Ndiaye',
      'Koffi Mensah-Bamba',
      'Abena Owusu-Darko',
      'Issoufou Garba',
      'Mariam Traoré',
      'Yao Agbeko',
      'Rachidatou Adékambi',
      'Hissein Abakar',
      'Mohamed Lemine Sidi',
      'Salimata Ouattara',
      FATOU,
    ],
  },
  {
    slug: 'western-balkans',
    kind: 'REGIONAL',
    name: 'Western Balkans',
    description: 'Practitioners of the Western Balkans working on stockpile diversion and converted weapons.',
    members: ['Elira Hoxha', 'Amir Hadžić', 'Vesna Trajkovska', 'Nikola Vuković'],
  },
  {
    slug: 'latin-america-caribbean',
    kind: 'REGIONAL',
    name: 'Latin America and the Caribbean',
    description: 'Fiscales, jueces, investigadores y aduanas de América Latina y el Caribe.',
    members: [
      'Lucía Ferreyra',
      'Rafael Nogueira Lima',
      'Camila Soto Reyes',
      'Andrés Felipe Gómez',
      'Daniela Vargas Mora',
      'Esteban Quishpe',
      'Marisol Hernández',
      'Kevin Castillo',
      'Rosa Benítez',
      'José Huamán Quispe',
      'Yolanda Peña',
      'Marcus Joseph',
      DIEGO,
    ],
  },
  {
    slug: 'central-asia',
    kind: 'REGIONAL',
    name: 'Central Asia',
    description: 'Прокуроры, следователи, таможня и лицензирующие органы стран Центральной Азии.',
    members: ['Aigerim Sadykova', 'Bakyt Usenov', 'Farrukh Nazarov', 'Dilnoza Karimova', 'Merdan Atayev'],
  },
  {
    slug: 'postal-express-parcels',
    kind: 'THEMATIC',
    name: 'Postal and express parcels',
    description:
      'Customs officers and investigators detecting firearms, parts and components sent by post and express courier.',
    members: [
      'Abena Owusu-Darko',
      'Esteban Quishpe',
      'Yolanda Peña',
      'Marcus Joseph',
      'Rachidatou Adékambi',
      'Kevin Castillo',
      'Farrukh Nazarov',
      FATOU,
    ],
  },
];

// --------------------------------------------------------------------------------------- categories

const CATEGORIES: DemoCategory[] = [
  {
    slug: 'community',
    name: 'Community and portal',
    names: {
      fr: 'Communauté et portail',
      es: 'Comunidad y portal',
      ru: 'Сообщество и портал',
      ar: 'المجتمع والبوابة',
      zh: '社区与门户',
    },
    description: 'Welcome, guidelines, how to use the portal, and announcements from the secretariat.',
    descriptions: {
      fr: 'Bienvenue, règles de la communauté, utilisation du portail et annonces du secrétariat.',
      es: 'Bienvenida, normas de la comunidad, uso del portal y avisos de la secretaría.',
      ru: 'Приветствие, правила сообщества, работа с порталом и объявления секретариата.',
      ar: 'الترحيب وقواعد المجتمع وكيفية استخدام البوابة وإعلانات الأمانة.',
      zh: '欢迎、社区准则、门户使用说明以及秘书处公告。',
    },
    groups: [],
  },
  {
    slug: 'converted-weapons',
    name: 'Converted and reactivated weapons',
    names: {
      fr: 'Armes converties et réactivées',
      es: 'Armas convertidas y reactivadas',
      ru: 'Переделанное и восстановленное оружие',
      ar: 'الأسلحة المحوَّلة والمعاد تفعيلها',
      zh: '改装及恢复功能的武器',
    },
    description:
      'Alarm, blank-firing, Flobert and salute weapons converted to fire live ammunition; reactivated deactivated firearms; how conversion was proven in court.',
    descriptions: {
      fr: "Armes d'alarme, à blanc, Flobert et de salut converties pour tirer des munitions réelles ; armes neutralisées réactivées ; comment la conversion a été prouvée devant le tribunal.",
      es: 'Armas de alarma, de fogueo, Flobert y de salva convertidas para disparar munición real; armas inutilizadas reactivadas; cómo se probó la conversión en juicio.',
      ru: 'Сигнальное, стартовое, флоберовское и охолощённое оружие, переделанное под боевые патроны; восстановление деактивированного оружия; как переделка доказывалась в суде.',
      ar: 'أسلحة الإنذار والطلقات الفارغة وأسلحة فلوبير وأسلحة التحية المحوَّلة لإطلاق ذخيرة حية، والأسلحة المعطَّلة التي أعيد تفعيلها، وكيف أُثبت التحويل أمام المحكمة.',
      zh: '经改装可发射实弹的报警枪、发令枪、弗罗贝尔枪和礼炮枪；已去功能化枪支的恢复；如何在法庭上证明改装。',
    },
    groups: [],
  },
  {
    slug: 'routes-concealment',
    name: 'Trafficking routes and concealment',
    names: {
      fr: 'Routes de trafic et dissimulation',
      es: 'Rutas de tráfico y ocultamiento',
      ru: 'Маршруты трафика и способы сокрытия',
      ar: 'مسارات الاتجار وأساليب الإخفاء',
      zh: '贩运路线与藏匿手法',
    },
    description:
      'Land, sea and air routes, ant trade across borders, concealment in vehicles, buses and containers, and how it was detected.',
    descriptions: {
      fr: 'Itinéraires terrestres, maritimes et aériens, trafic de fourmi aux frontières, dissimulation dans les véhicules, autocars et conteneurs, et comment elle a été détectée.',
      es: 'Rutas terrestres, marítimas y aéreas, tráfico hormiga en las fronteras, ocultamiento en vehículos, autobuses y contenedores, y cómo se detectó.',
      ru: 'Сухопутные, морские и воздушные маршруты, «муравьиный» трафик через границы, тайники в автомобилях, автобусах и контейнерах и способы их выявления.',
      ar: 'المسارات البرية والبحرية والجوية، وتهريب الكميات الصغيرة عبر الحدود، والإخفاء في المركبات والحافلات والحاويات، وكيف تم كشفه.',
      zh: '陆路、海路和空中路线，跨境“蚂蚁搬家”式贩运，车辆、客车和集装箱中的藏匿，以及如何被发现。',
    },
    groups: [],
  },
  {
    slug: 'marking-tracing',
    name: 'Marking, record-keeping and tracing',
    names: {
      fr: 'Marquage, enregistrement et traçage',
      es: 'Marcaje, registro y rastreo',
      ru: 'Маркировка, учёт и отслеживание',
      ar: 'الوسم وحفظ السجلات والتعقب',
      zh: '标识、记录保存与追查',
    },
    description:
      'Markings under the Firearms Protocol, registers and records, tracing requests (iARMS, ITI), removed or altered serial numbers and their restoration.',
    descriptions: {
      fr: 'Marquages au titre du Protocole sur les armes à feu, registres et archives, demandes de traçage (iARMS, ITI), numéros de série effacés ou altérés et leur restauration.',
      es: 'Marcas según el Protocolo sobre armas de fuego, registros y archivos, solicitudes de rastreo (iARMS, ITI), números de serie borrados o alterados y su restauración.',
      ru: 'Маркировка согласно Протоколу об огнестрельном оружии, реестры и учёт, запросы на отслеживание (iARMS, ITI), удалённые или изменённые серийные номера и их восстановление.',
      ar: 'الوسم بموجب بروتوكول الأسلحة النارية، والسجلات، وطلبات التعقب (iARMS وصك التعقب الدولي)، والأرقام التسلسلية المزالة أو المحوَّرة واستعادتها.',
      zh: '《枪支议定书》规定的标识、登记与记录、追查请求（iARMS、国际追查文书）、被去除或篡改的序列号及其恢复。',
    },
    groups: [],
  },
  {
    slug: 'evidence-ballistics',
    name: 'Evidence and forensic ballistics',
    names: {
      fr: 'Preuves et balistique judiciaire',
      es: 'Prueba y balística forense',
      ru: 'Доказательства и судебная баллистика',
      ar: 'الأدلة والمقذوفات الجنائية',
      zh: '证据与法庭弹道学',
    },
    description:
      'Chain of custody, ballistic imaging and comparison, expert testimony, disposal of seized firearms, and what courts accepted.',
    descriptions: {
      fr: 'Chaîne de possession, imagerie et comparaison balistiques, expertises, destruction des armes saisies et ce que les tribunaux ont retenu.',
      es: 'Cadena de custodia, imágenes y cotejo balístico, peritajes, destrucción de armas incautadas y lo que aceptaron los tribunales.',
      ru: 'Цепочка хранения вещественных доказательств, баллистическая идентификация и сравнение, экспертизы, уничтожение изъятого оружия и то, что принимали суды.',
      ar: 'سلسلة الحيازة، والتصوير والمقارنة الباليستية، وشهادات الخبراء، والتخلص من الأسلحة المضبوطة، وما قبلته المحاكم.',
      zh: '证据保管链、弹道图像与比对、专家证言、查获枪支的销毁，以及法院采纳了哪些证据。',
    },
    groups: [],
  },
  {
    slug: 'mla-extradition',
    name: 'Mutual legal assistance and extradition',
    names: {
      fr: 'Entraide judiciaire et extradition',
      es: 'Asistencia judicial recíproca y extradición',
      ru: 'Взаимная правовая помощь и выдача',
      ar: 'المساعدة القانونية المتبادلة وتسليم المطلوبين',
      zh: '司法协助与引渡',
    },
    description:
      'Requests under the Organized Crime Convention (articles 16 and 18), timelines, central authorities, joint investigation teams and informal contacts.',
    descriptions: {
      fr: "Demandes fondées sur la Convention contre la criminalité organisée (articles 16 et 18), délais, autorités centrales, équipes communes d'enquête et contacts informels.",
      es: 'Solicitudes basadas en la Convención contra la Delincuencia Organizada (artículos 16 y 18), plazos, autoridades centrales, equipos conjuntos de investigación y contactos informales.',
      ru: 'Запросы на основании Конвенции против организованной преступности (статьи 16 и 18), сроки, центральные органы, совместные следственные группы и неформальные контакты.',
      ar: 'الطلبات المستندة إلى اتفاقية الجريمة المنظمة (المادتان 16 و18)، والآجال، والسلطات المركزية، وفرق التحقيق المشتركة، والاتصالات غير الرسمية.',
      zh: '依据《有组织犯罪公约》（第16条和第18条）提出的请求、时限、中央机关、联合调查组和非正式联络。',
    },
    groups: [],
  },
  {
    slug: 'online-darknet',
    name: 'Online and darknet sales',
    names: {
      fr: 'Ventes en ligne et sur le darknet',
      es: 'Ventas en línea y en la darknet',
      ru: 'Продажи в интернете и даркнете',
      ar: 'البيع عبر الإنترنت والشبكة المظلمة',
      zh: '网络及暗网销售',
    },
    description:
      'Marketplaces, social media and messaging apps, vendor attribution, cryptocurrency tracing, and 3D-printed or privately made firearms sold online.',
    descriptions: {
      fr: 'Places de marché, réseaux sociaux et messageries, attribution des vendeurs, traçage des cryptomonnaies, et armes imprimées en 3D ou de fabrication privée vendues en ligne.',
      es: 'Mercados, redes sociales y aplicaciones de mensajería, atribución de vendedores, rastreo de criptomonedas y armas impresas en 3D o de fabricación casera vendidas en línea.',
      ru: 'Торговые площадки, социальные сети и мессенджеры, установление продавцов, отслеживание криптовалют, а также напечатанное на 3D-принтере или самодельное оружие, продаваемое онлайн.',
      ar: 'الأسواق الإلكترونية ووسائل التواصل الاجتماعي وتطبيقات المراسلة، وتحديد هوية البائعين، وتتبع العملات المشفرة، والأسلحة المطبوعة ثلاثية الأبعاد أو المصنوعة بصورة خاصة والمبيعة عبر الإنترنت.',
      zh: '交易市场、社交媒体和即时通讯应用、卖家身份认定、加密货币追踪，以及在网上出售的3D打印或私造枪支。',
    },
    groups: [],
  },
  {
    slug: 'sahel-corridor',
    name: 'Sahel corridor cases',
    names: {
      fr: 'Affaires du corridor sahélien',
      es: 'Casos del corredor del Sahel',
      ru: 'Дела сахельского коридора',
      ar: 'قضايا ممر الساحل',
      zh: '萨赫勒走廊案件',
    },
    description:
      'Restricted to the West and Central Africa group: ongoing cases along the Sahel routes, shared between neighbouring prosecutors and investigators.',
    descriptions: {
      fr: "Réservé au groupe Afrique de l'Ouest et du Centre : affaires en cours le long des routes du Sahel, partagées entre procureurs et enquêteurs des pays voisins.",
      es: 'Reservado al grupo de África Occidental y Central: casos en curso a lo largo de las rutas del Sahel, compartidos entre fiscales e investigadores de países vecinos.',
      ru: 'Только для группы «Западная и Центральная Африка»: текущие дела на сахельских маршрутах, которыми обмениваются прокуроры и следователи соседних стран.',
      ar: 'مقصورة على مجموعة غرب ووسط أفريقيا: قضايا جارية على طرق الساحل يتبادلها المدعون العامون والمحققون في البلدان المجاورة.',
      zh: '仅限西非和中非小组：萨赫勒路线上的在办案件，供邻国检察官和调查人员共享。',
    },
    groups: ['west-central-africa'],
  },
  {
    slug: 'balkan-stockpiles',
    name: 'Balkan stockpile diversion',
    names: {
      fr: 'Détournement des stocks dans les Balkans',
      es: 'Desvío de arsenales en los Balcanes',
      ru: 'Утечка оружия из балканских арсеналов',
      ar: 'تسريب مخزونات الأسلحة في البلقان',
      zh: '巴尔干库存流失',
    },
    description:
      'Restricted to the Western Balkans group: diversion from legacy military and police stockpiles, converted weapons from the region and shared investigations.',
    descriptions: {
      fr: "Réservé au groupe Balkans occidentaux : détournement d'anciens stocks militaires et policiers, armes converties de la région et enquêtes communes.",
      es: 'Reservado al grupo de los Balcanes Occidentales: desvío de antiguos arsenales militares y policiales, armas convertidas de la región e investigaciones conjuntas.',
      ru: 'Только для группы «Западные Балканы»: утечка из старых военных и полицейских арсеналов, переделанное оружие из региона и совместные расследования.',
      ar: 'مقصورة على مجموعة غرب البلقان: تسريب الأسلحة من المخزونات العسكرية والشرطية القديمة، والأسلحة المحوَّلة في المنطقة، والتحقيقات المشتركة.',
      zh: '仅限西巴尔干小组：旧有军警库存的流失、本地区的改装武器以及联合调查。',
    },
    groups: ['western-balkans'],
  },
];

/** Members who watch a whole category (they are told of every new thread and reply in it). */
const CATEGORY_WATCHERS: [name: string, category: CategorySlug][] = [
  ['Awa Ndiaye', 'mla-extradition'],
  ['Awa Ndiaye', 'sahel-corridor'],
  [FATOU, 'sahel-corridor'],
  [DIEGO, 'marking-tracing'],
  ['Olena Bondarenko', 'evidence-ballistics'],
];

// ------------------------------------------------------------------------------------------ threads

const THREADS: DemoThread[] = [
  // ---------------------------------------------------------------- community and portal
  {
    category: 'community',
    language: 'en',
    title: 'Welcome — read this first: how we discuss cases here',
    tags: ['guidelines', 'welcome'],
    countries: [],
    daysAgo: 70,
    pinned: { by: FATOU, reason: 'Community guidelines: every new member should read them first.' },
    posts: [
      {
        by: HELENE,
        body: md`
          Welcome to the case discussion space of the Community of Practitioners. Everyone here has been vetted as a prosecutor, investigator, customs officer, judge, analyst or firearms-control official. A few rules keep the space useful and safe:

          1. **Pseudonymise people in ongoing cases.** Initials or "the first defendant" are enough. Never post the name of a protected witness, an informant or an undercover officer.
          2. **No operational details of live operations.** A controlled delivery that is still running is not discussed here, not even in a restricted category.
          3. **Give the legal hook.** Cite the Firearms Protocol or Organized Crime Convention article you rely on (e.g. _Protocol art. 8_ for markings, _UNTOC art. 18_ for MLA) and tag your thread.
          4. **Use a case reference** when you have one, so colleagues can ask you about it directly.
          5. **Write in the language you work in.** English, French, Spanish, Russian, Arabic and Chinese are all welcome; many members read two or three of them.

          Restricted categories are visible only to the members of their regional group. Ask a moderator if you think you should be in a group.

          If a post breaks these rules, use **Flag** and a moderator will look at it. The full guidelines are at [example.org/cop/guidelines](https://example.org/cop/guidelines).
        `,
      },
      {
        by: FATOU,
        body: 'For colleagues in West and Central Africa: the **Sahel corridor cases** category is restricted to our regional group. If you work on a case along the Niger–Mali–Burkina routes and do not see it, send me a message with your institution and I will add you.',
      },
      {
        by: 'Awa Ndiaye',
        to: 0,
        body: "Thank you. One practical question: can we attach scanned judgments? Ours are public once delivered, but the scans show the defendants' full names.",
      },
      {
        by: HELENE,
        to: 2,
        body: 'Yes, attach them as PDF — but please black out names, dates of birth and addresses first, or ask @{Diego Álvarez Ruiz} to help: the digest team pseudonymises judgments every week and can return a clean copy within a few days.',
      },
      {
        by: DIEGO,
        body: 'Happy to. Send the judgment through the portal (not by e-mail) and tell me which parts you need to keep: court, date, charges and sentences usually stay; identities go.',
      },
      {
        by: 'Zainab Al-Jubouri',
        body: 'Thank you for accepting Arabic. Iraqi judgments are in Arabic only, so I will post short English summaries with the Arabic original attached.',
      },
    ],
  },
  {
    category: 'community',
    language: 'zh',
    title: '社区讨论准则（中文摘要）',
    tags: ['guidelines', 'translation'],
    countries: [],
    daysAgo: 68,
    posts: [
      {
        by: HELENE,
        body: md`
          欢迎来到从业人员社区的案件讨论区。以下是社区准则的中文摘要：

          1. **在办案件中的人员须匿名化**：使用姓名首字母或“第一被告”即可，切勿公布受保护证人、线人或卧底人员的姓名。
          2. **不讨论正在进行的行动细节**：仍在进行中的控制下交付不得在此讨论，受限类别中也不例外。
          3. **注明法律依据**：引用您所依据的《枪支议定书》或《有组织犯罪公约》条款（例如标识见议定书第8条，司法协助见公约第18条），并为讨论帖添加标签。
          4. **如有案号请注明**，方便同事直接向您询问。
          5. **使用您的工作语言**：英文、法文、西班牙文、俄文、阿拉伯文和中文均可。

          如发现违反准则的帖子，请点击“举报”，版主会进行处理。完整准则见 [example.org/cop/guidelines](https://example.org/cop/guidelines)。
        `,
      },
      {
        by: HELENE,
        body: '更新：准则的阿拉伯文、俄文和西班牙文全文已发布在同一页面。如发现翻译问题，欢迎在本帖中指出。',
      },
    ],
  },
  {
    category: 'community',
    language: 'ar',
    title: 'إرشادات المجتمع (ملخص باللغة العربية)',
    tags: ['guidelines', 'translation'],
    countries: [],
    daysAgo: 68,
    posts: [
      {
        by: HELENE,
        body: md`
          مرحباً بكم في فضاء مناقشة القضايا لمجتمع الممارسين. فيما يلي ملخص لإرشادات المجتمع:

          1. **إخفاء هوية الأشخاص في القضايا الجارية**: يكفي استخدام الأحرف الأولى أو عبارة "المتهم الأول". لا تنشروا أبداً اسم شاهد محمي أو مخبر أو عنصر متخفٍّ.
          2. **لا تفاصيل عملياتية عن عمليات جارية**: لا تُناقَش هنا عمليات التسليم المراقب التي لا تزال قائمة، ولا حتى في الفئات المقيدة.
          3. **اذكروا الأساس القانوني**: المادة التي تستندون إليها من بروتوكول الأسلحة النارية أو من اتفاقية الجريمة المنظمة، وأضيفوا الوسوم المناسبة.
          4. **اكتبوا باللغة التي تعملون بها**: العربية والإنجليزية والفرنسية والإسبانية والروسية والصينية كلها مرحَّب بها.

          إذا خالف منشور هذه القواعد، استخدموا زر **الإبلاغ** وسيطّلع عليه أحد المشرفين. النص الكامل على [example.org/cop/guidelines](https://example.org/cop/guidelines).
        `,
      },
      {
        by: 'Zainab Al-Jubouri',
        body: 'شكراً على الترجمة. هل يمكن أيضاً نشر ملخصات القضايا المختارة في الموجز باللغة العربية؟ كثير من زملائنا القضاة لا يقرؤون الإنجليزية بسهولة.',
      },
      {
        by: 'Mohamed Lemine Sidi',
        to: 1,
        body: 'أؤيد هذا الطلب. في موريتانيا نعمل بالعربية والفرنسية، ووجود ملخصات بالعربية سيسهّل على زملاء الجمارك المشاركة.',
      },
      {
        by: HELENE,
        to: 1,
        body: 'سجّلنا الطلب. سنبدأ بترجمة ملخصات القضايا المتعلقة بالمساعدة القانونية المتبادلة، ونرحّب بمتطوعين لمراجعة الترجمات.',
      },
    ],
  },
  {
    category: 'community',
    language: 'es',
    title: 'Convocatoria: temas para la reunión regional de América Latina y el Caribe',
    tags: ['regional-meeting', 'latin-america'],
    countries: ['PA'],
    daysAgo: 45,
    locked: { by: DIEGO, reason: 'Convocatoria cerrada; la agenda está publicada.' },
    posts: [
      {
        by: DIEGO,
        body: md`
          Colegas: estamos preparando la reunión regional de **Ciudad de Panamá** (tres días, presencial, con conexión en línea para quienes no puedan viajar). Propongan aquí los temas que quieren tratar, idealmente con un caso que puedan presentar en 15 minutos.

          Ya tenemos:

          - rastreo de armas incautadas y tiempos de respuesta;
          - armas de fogueo convertidas;
          - equipos conjuntos de investigación en la Triple Frontera.

          La convocatoria queda abierta **dos semanas**.
        `,
      },
      {
        by: 'Lucía Ferreyra',
        body: 'Propongo **tráfico hormiga por encomiendas** desde puertos fluviales: tenemos un caso de Rosario con sentencia firme que puedo presentar.',
      },
      {
        by: 'Kevin Castillo',
        body: 'Me ofrezco para un bloque sobre **armas impresas en 3D**: peritaje, cadena de custodia de los archivos digitales y qué aceptó el juez.',
      },
      {
        by: 'Marisol Hernández',
        body: 'Sería útil una sesión sobre **sentencias**: qué penas se imponen por tráfico frente a simple tenencia, para argumentar mejor la proporcionalidad.',
      },
      {
        by: 'Yolanda Peña',
        body: 'Desde República Dominicana: **courier y piezas sueltas**. Podemos presentar el caso junto con @{Marcus Joseph} si el Caribe anglófono tiene espacio en la agenda.',
      },
      {
        by: DIEGO,
        body: 'Gracias a todos. La convocatoria está cerrada: la agenda con los cinco bloques está publicada en [example.org/cop/reunion-panama](https://example.org/cop/reunion-panama). Cierro el hilo; las preguntas logísticas, por mensaje directo.',
      },
    ],
  },
  {
    category: 'community',
    language: 'en',
    title: 'Introduce yourself: who is working on what?',
    tags: ['introductions'],
    countries: [],
    daysAgo: 66,
    posts: [
      {
        by: FATOU,
        body: md`
          A short introduction helps colleagues know whom to ask. Please share:

          - your country and institution;
          - the kind of cases you work on;
          - the languages you read.

          I'll start: I am a prosecutor by training, now moderating the West and Central Africa desk of the secretariat. I read French and English.
        `,
      },
      {
        by: 'Awa Ndiaye',
        body: 'Awa, public prosecutor’s office in Dakar (Senegal). Trafficking routes and MLA with our neighbours. French, Wolof, some English.',
      },
      {
        by: 'Marcus Joseph',
        body: 'Marcus, Customs and Excise, Saint Lucia. Parcels, small craft and port controls. English.',
      },
      {
        by: 'Olena Bondarenko',
        body: 'Olena, National Police of Ukraine — analyst on marking, tracing and privately made firearms. Ukrainian and English.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'Andrés, Fiscalía General de la Nación, Colombia. Tracing and financial investigation. Spanish and English.',
      },
      {
        by: 'Kevin Castillo',
        body: 'Kevin, judicial investigations directorate, Panama. Darknet sales and 3D-printed guns. Spanish and English.',
      },
      {
        by: 'Kevin Castillo',
        deletedByAuthor: true,
        body: 'Kevin, judicial investigations directorate, Panama. Darknet sales and 3D-printed guns. Spanish and English.',
      },
      {
        by: 'Dilnoza Karimova',
        body: 'Dilnoza, analyst in Tashkent (Uzbekistan), the financial side of trafficking cases. Uzbek, Russian, English.',
      },
      {
        by: 'Zainab Al-Jubouri',
        body: 'Zainab, investigative judge in Baghdad. Terrorism cases with seized weapons, and extradition. Arabic and English.',
      },
    ],
  },

  // ---------------------------------------------------------------- converted and reactivated weapons
  {
    category: 'converted-weapons',
    language: 'en',
    title: 'Proving conversion of alarm pistols: what convinced the court?',
    tags: ['alarm-pistols', 'conversion', 'expert-evidence', 'protocol-art-5'],
    countries: ['BA', 'HR', 'RS'],
    caseReference: 'KT-114/2025',
    posts: [
      {
        by: 'Amir Hadžić',
        body: md`
          We closed a case this spring with 23 converted 9 mm P.A.K. alarm pistols seized in two flats and a car. The defence line was the usual one: _these are alarm weapons, freely sold, not firearms under the law_.

          What carried the day in the end:

          - **test firing** of 6 pistols with live 9 mm Short (.380 ACP) ammunition by the forensic lab — all cycled and fired;
          - **toolmarks** inside the barrels: the obstruction had been drilled out and a steel liner pressed in, visible on the lab's photographs;
          - **comparison** with two unconverted pistols of the same model bought legally, so the judge could see the difference;
          - the **definition** in our law follows the Protocol: a weapon that _may be readily converted_ is a firearm — but we still had to show that it _was_.

          How do your courts treat it? Is test firing always required, or have you convicted on the expert's inspection alone?
        `,
      },
      {
        by: 'Elira Hoxha',
        to: 0,
        body: 'Very similar in Albania. Our court accepted inspection plus test firing of a **sample** (5 of 40), as long as the expert explained why the sample was representative — same workshop, same liner, same drill marks. @{Vesna Trajkovska} may know how Skopje treated the same model last year.',
      },
      {
        by: 'Vesna Trajkovska',
        body: 'In Skopje the first-instance court required test firing of **every** item charged as a firearm. The appeal court later said a representative sample is enough if the defence had the chance to ask for more tests. I will look for the reference for the digest.',
      },
      {
        by: 'Lucía Ferreyra',
        body: 'In Argentina the defence often argues the energy threshold: a converted pistol that fires, but with low muzzle energy. Our lab now measures velocity with a chronograph during the test firing and puts the joules in the report. That closed the argument.',
      },
      {
        by: 'Amir Hadžić',
        to: 1,
        body: '@{Elira Hoxha} useful, thanks. Did the sample approach survive appeal? Our defence is already announcing an appeal on exactly that point.',
      },
      {
        by: 'Elira Hoxha',
        to: 4,
        body: 'It did. The appeal judgment stressed that the defence had **access to all items** and did not ask for more tests. I would document that offer in writing.',
      },
      {
        by: DIEGO,
        body: 'Adding this to the digest queue. If anyone has the judgment text (pseudonymised), send it to me — *proof of conversion* is one of the most requested topics.',
      },
    ],
  },
  {
    category: 'converted-weapons',
    language: 'es',
    title: 'Pistolas Flobert y de salva convertidas: ¿cómo las tipificaron ustedes?',
    tags: ['flobert', 'salute-weapons', 'conversion', 'legal-definition'],
    countries: ['AR', 'CL', 'PE'],
    caseReference: 'FRO 12045/2024',
    posts: [
      {
        by: 'Lucía Ferreyra',
        body: md`
          En Rosario incautamos **revólveres Flobert de 6 mm** modificados para disparar cartuchos .22 LR, y **pistolas de salva** adaptadas con cañones hechos en torno. Todos se vendían en armerías sin autorización especial.

          La discusión en la audiencia fue sobre la calificación:

          > ¿Es «fabricación ilícita» (quien la modificó) o solo «tenencia» (quien la tenía)?

          Imputamos **fabricación ilícita** al taller y tenencia a los compradores, citando el art. 5 del Protocolo. ¿Cómo lo han resuelto en sus países?
        `,
      },
      {
        by: 'Camila Soto Reyes',
        body: 'En Chile el juez de garantía aceptó la fabricación ilícita para el taller porque había **herramientas, piezas a medio terminar y cañones en serie**. Para los compradores fue clave probar que sabían que estaba convertida: el precio era el triple del de una Flobert normal.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'En Colombia el dictamen pericial tiene que decir expresamente que el arma es **apta para disparar** munición convencional. Sin esa frase, la defensa lo pelea. Pídanlo así al perito.',
      },
      {
        by: 'Lucía Ferreyra',
        to: 1,
        body: 'El dato del precio es muy bueno, Camila. ¿Lo probaron con mensajes o con testigos?',
      },
      {
        by: 'Camila Soto Reyes',
        to: 3,
        body: 'Con los mensajes de WhatsApp extraídos del teléfono del vendedor y con la declaración de un comprador que colaboró. Las dos cosas juntas.',
      },
      {
        by: 'José Huamán Quispe',
        body: 'En Perú, desde 2024 las armas de salva se registran igual que las de fuego. Desde entonces el argumento de la «venta libre» ya no funciona. El texto de la directiva está en [example.org/sucamec/directiva](https://example.org/sucamec/directiva).',
      },
      {
        by: 'Rosa Benítez',
        to: 2,
        body: 'Coincido con Andrés: la clave es el peritaje. En Paraguay tuvimos una absolución porque el perito solo escribió «presenta modificaciones».',
      },
    ],
  },
  {
    category: 'converted-weapons',
    language: 'en',
    title: "Reactivated 'deactivated' rifles bought as collector items",
    tags: ['reactivation', 'deactivation', 'protocol-art-9', 'online-purchase'],
    countries: ['AL', 'IT', 'SK'],
    posts: [
      {
        by: 'Elira Hoxha',
        body: md`
          We are seeing Kalashnikov-pattern rifles that were **deactivated under old standards**, sold online as collector items, shipped as "decorative objects" and then reactivated in a garage with a new barrel and bolt.

          Questions for colleagues:

          1. Has anyone proven _who_ reactivated, rather than just possession of a reactivated rifle?
          2. What did the deactivation certificate look like — and did the issuing country answer your questions about it?

          The Protocol (art. 9) requires deactivation to render _all essential parts permanently inoperable_; the old certificates clearly did not.
        `,
      },
      {
        by: 'Amir Hadžić',
        body: "We proved it once through the **parts trail**: the new barrels came by post from a different seller, and the suspect's payment account paid for both. The lab found the same lathe marks on the barrel and on a test piece in his garage.",
      },
      {
        by: 'Nikola Vuković',
        body: "At Bar we stop these parcels as *decorative items* more often than you would think. The X-ray shows a complete receiver; the declaration says 'replica'. We now send every such case to the police, even if the certificate looks valid.",
      },
      {
        by: 'Olena Bondarenko',
        body: 'On certificates: we asked the issuing authority twice and got an answer after four months. The certificate was genuine — the deactivation was just very light (a welded barrel pin only).',
      },
      {
        by: 'Elira Hoxha',
        to: 3,
        body: 'That is the core problem: genuine paper, useless deactivation. Thanks all — I will write a summary for the digest.',
      },
    ],
  },
  {
    category: 'converted-weapons',
    language: 'fr',
    title: "Pistolets d'alarme convertis saisis à Abidjan : quelle expertise demander ?",
    tags: ['alarm-pistols', 'conversion', 'expert-evidence'],
    countries: ['CI', 'GH', 'TG'],
    posts: [
      {
        by: 'Koffi Mensah-Bamba',
        body: md`
          Nous avons saisi **17 pistolets d'alarme** convertis lors d'un contrôle routier près d'Abidjan, avec des munitions de 9 mm. Notre laboratoire peut faire des tirs d'essai, mais il manque de munitions de comparaison.

          Je voudrais savoir ce que vos juges attendent d'un rapport d'expertise :

          - tir d'essai de chaque arme ou d'un échantillon ?
          - photographies des modifications du canon ?
          - mesure de la vitesse à la bouche ?

          Toute trame de rapport est la bienvenue.
        `,
      },
      {
        by: 'Awa Ndiaye',
        body: "Voir le fil de @{Amir Hadžić} sur la preuve de la conversion : les points qui ont convaincu le tribunal y sont listés, et la discussion sur l'échantillonnage vous intéressera.",
      },
      {
        by: 'Yao Agbeko',
        body: "La Commission nationale du Togo a une trame de rapport que nous partageons volontiers : identification, marquages, état de l'arme, modifications constatées et tir d'essai.",
      },
      {
        by: 'Issoufou Garba',
        body: "Du côté du juge : j'attends que l'expert **dise clairement** si l'arme peut tirer une munition réelle, et comment il l'a vérifié. Les photographies aident beaucoup à l'audience.",
      },
      {
        by: 'Koffi Mensah-Bamba',
        to: 3,
        body: "Merci, Monsieur le juge. Et si le tir d'essai n'est possible que sur une partie des armes, est-ce acceptable pour vous ?",
      },
      {
        by: 'Issoufou Garba',
        to: 4,
        body: "Oui, si l'expert explique pourquoi l'échantillon est représentatif et si la défense a pu demander des tirs supplémentaires.",
      },
      {
        by: FATOU,
        body: "J'ajoute la trame togolaise à la bibliothèque dès que @{Yao Agbeko} me l'envoie.",
      },
    ],
  },
  {
    category: 'converted-weapons',
    language: 'ru',
    title: 'Переделка охолощённого оружия: практика назначения экспертиз',
    tags: ['conversion', 'salute-weapons', 'expert-evidence'],
    countries: ['KZ', 'KG', 'UZ'],
    posts: [
      {
        by: 'Aigerim Sadykova',
        body: md`
          Коллеги, у нас растёт число дел по **охолощённым пистолетам и автоматам**, переделанным под боевой патрон. Вопрос к прокурорам и следователям:

          - какие вопросы вы ставите эксперту-баллисту?
          - назначаете ли вы отдельную **трасологическую экспертизу** следов инструмента?
          - как доказываете, что переделку сделал именно обвиняемый?

          У нас суд принял вывод эксперта о пригодности к стрельбе, но по эпизоду «изготовления» вынес оправдательный приговор.
        `,
      },
      {
        by: 'Bakyt Usenov',
        body: 'Мы ставим три вопроса: является ли предмет огнестрельным оружием, каким способом изменена конструкция, пригоден ли он для стрельбы. Отдельно — трасология по изъятому инструменту.',
      },
      {
        by: 'Dilnoza Karimova',
        body: 'По «изготовлению» помогла финансовая часть: покупки станка и заготовок стволов с карты обвиняемого. Без этого суд считал, что он мог купить уже переделанное оружие.',
      },
      {
        by: 'Aigerim Sadykova',
        to: 2,
        body: 'Спасибо, это ровно наш пробел. Выписки по картам мы не запрашивали.',
      },
      {
        by: 'Ion Rusu',
        body: 'В Молдове добавили осмотр и экспертизу телефона: видео с пристрелкой в гараже стало решающим доказательством.',
      },
      {
        by: 'Merdan Atayev',
        body: 'Со стороны лицензирующего органа: сообщите нам модели и номера изъятых охолощённых образцов — мы проверим, через какой магазин они продавались.',
      },
    ],
  },

  // ---------------------------------------------------------------- trafficking routes and concealment
  {
    category: 'routes-concealment',
    language: 'en',
    title: 'Parts shipped in separate consignments through Tema: what flagged them',
    tags: ['postal', 'parts-and-components', 'x-ray', 'risk-profiling'],
    countries: ['GH', 'US', 'GB'],
    daysAgo: 58,
    posts: [
      {
        by: 'Abena Owusu-Darko',
        body: md`
          Over six months Tema customs intercepted **slides, barrels and frames** sent in separate consignments to the same three consignees, declared as "machine parts" and "auto spares". None of the parcels alone looked like a gun.

          What flagged them:

          - the **same consignee phone number** on parcels with different names;
          - declared values that did not match the weight;
          - X-ray images reviewed **side by side**, not parcel by parcel.

          We now keep a shared image log with the courier companies. Has anyone set up something similar with the national post?
        `,
      },
      {
        by: 'Marcus Joseph',
        body: 'In Saint Lucia we had the same pattern with pistol frames in boxes of car audio equipment. The courier agreed to hold any parcel for a flagged consignee for 24 hours so we could X-ray it. It took one meeting and a two-page MoU.',
      },
      {
        by: 'Bilal Qureshi',
        body: 'In Karachi we saw parts declared as **motorcycle spares**. The consignee check was the key: four different names, one national ID number behind the phone.',
      },
      {
        by: 'Yolanda Peña',
        body: 'The national post is harder than couriers for us — no electronic data in advance. Did you get advance data from the post, Abena?',
      },
      {
        by: 'Abena Owusu-Darko',
        to: 3,
        body: 'Only for parcels from the countries that send electronic advance data. For the rest we rely on risk profiles at the sorting centre.',
      },
      {
        by: 'Kevin Castillo',
        body: 'Worth adding: when the same consignee receives a barrel *and* a slide, that can already be illicit manufacturing or trafficking in parts and components in many laws, before any assembly. Charge it early.',
      },
    ],
  },
  {
    category: 'routes-concealment',
    language: 'es',
    title: 'Ocultamiento en autobuses interurbanos: doble fondo en el tanque de combustible',
    tags: ['concealment', 'buses', 'vehicles'],
    countries: ['SV', 'GT', 'HN'],
    caseReference: 'EXP-0331-UFTA-2025',
    posts: [
      {
        by: 'Marisol Hernández',
        body: md`
          En un control fronterizo se encontraron 12 pistolas y 900 cartuchos dentro de un compartimento soldado en el tanque de combustible de un autobús de línea. El conductor decía no saber nada.

          Lo que funcionó en la investigación:

          1. **registros del taller** donde se modificó el tanque (facturas y fotos del antes y el después);
          2. **geolocalización** del autobús cruzada con las llamadas del conductor;
          3. la declaración de un mecánico del taller.

          ¿Alguien ha tenido casos con el mismo método? Nos interesa saber cómo acreditaron el conocimiento del conductor.
        `,
      },
      {
        by: 'Rafael Nogueira Lima',
        body: 'En Brasil vimos lo mismo en autobuses de la ruta Foz do Iguaçu – São Paulo. El conocimiento del conductor se probó porque cobraba un pago extra fijo por viaje, en efectivo, anotado en una libreta incautada.',
      },
      {
        by: 'Kevin Castillo',
        body: 'En Panamá usamos un **endoscopio** y medimos el volumen del tanque: si entra menos combustible del que indica el fabricante, hay algo dentro. Es barato y rápido en frontera.',
      },
      {
        by: 'Marisol Hernández',
        to: 1,
        body: 'Muy útil, Rafael. ¿La libreta se sostuvo sola o la corroboraron con algo más?',
      },
      {
        by: 'Rafael Nogueira Lima',
        to: 3,
        body: 'La corroboramos con depósitos bancarios en la cuenta de su esposa en las mismas fechas.',
      },
      {
        by: 'Camila Soto Reyes',
        body: 'Ojo con la base legal del registro del vehículo: en Chile se anuló una incautación porque el control era rutinario y se abrió el tanque sin orden ni flagrancia. Documenten bien la sospecha que justificó abrirlo.',
      },
    ],
  },
  {
    category: 'routes-concealment',
    language: 'en',
    title: 'Ant trade across the Prut: small lots in private cars',
    tags: ['ant-trade', 'vehicles', 'border', 'untoc-art-5'],
    countries: ['MD', 'RO', 'UA'],
    posts: [
      {
        by: 'Ion Rusu',
        body: md`
          Most of our seizures at the Prut crossings are **one or two pistols and a few boxes of ammunition** in private cars — never enough for a trafficking charge on its own. Linked together, though, they showed the same 9 drivers crossing every week for the same buyer.

          What helped us aggregate the cases:

          - a **single analyst** reading all small seizures at the three crossings;
          - phone data showing the drivers called the same number;
          - charging the buyer under **UNTOC art. 5** (organised criminal group) instead of separate possession cases.

          Do colleagues aggregate small seizures the same way?
        `,
      },
      {
        by: 'Olena Bondarenko',
        body: 'Same picture on our side. We started putting every small seizure into one database with photos of the markings. Repeated **batch numbers on ammunition boxes** linked cases that looked unrelated.',
      },
      {
        by: 'Nikola Vuković',
        body: 'At the sea port we rarely see the ant trade, but at our land crossings it is exactly this. Aggregation only started when one prosecutor took all the files.',
      },
      {
        by: 'Ion Rusu',
        to: 1,
        body: 'Batch numbers on ammunition — good point, we did not record them systematically. Adding them to the seizure form.',
      },
    ],
  },
  {
    category: 'routes-concealment',
    language: 'ru',
    title: 'Тайники в грузовиках на маршруте Ош — Андижан: как их находили',
    tags: ['concealment', 'trucks', 'border', 'x-ray'],
    countries: ['KG', 'UZ', 'TJ'],
    posts: [
      {
        by: 'Bakyt Usenov',
        body: md`
          За последний год мы нашли **четыре тайника** в грузовиках с сельхозпродукцией: оружие и патроны лежали в двойном полу кузова под мешками с луком.

          Что помогло обнаружить:

          - сравнение **веса по накладной** с фактическим весом на весах;
          - собака, обученная на оружейную смазку;
          - информация от таджикских коллег о том же перевозчике.

          Вопрос: есть ли у кого-то опыт **совместного досмотра** на границе с соседней страной?
        `,
      },
      {
        by: 'Farrukh Nazarov',
        body: 'С таджикской стороны мы проводили совместный досмотр дважды — по договорённости между таможнями. Главное — заранее согласовать, чей протокол будет основным доказательством.',
      },
      {
        by: 'Dilnoza Karimova',
        body: 'Можем помочь с анализом: у этого перевозчика три фирмы-однодневки в Узбекистане. Напишите мне в личные сообщения.',
      },
      {
        by: 'Bakyt Usenov',
        to: 1,
        body: 'Спасибо. Протокол был ваш, а наши сотрудники расписались как присутствовавшие?',
      },
      {
        by: 'Farrukh Nazarov',
        to: 3,
        body: 'Наоборот: протокол составляла сторона, на территории которой шёл досмотр, а вторая сторона расписалась как присутствовавшая. Суд это принял.',
      },
      {
        by: 'Aigerim Sadykova',
        body: 'Если дело дойдёт до запроса о правовой помощи, пишите — в Казахстане по этому перевозчику тоже есть материалы.',
      },
    ],
  },
  {
    category: 'routes-concealment',
    language: 'es',
    title: 'Triangulación por la Triple Frontera: armas compradas legalmente en Paraguay',
    tags: ['straw-purchase', 'brokering', 'border'],
    countries: ['BR', 'PY', 'AR'],
    posts: [
      {
        by: 'Rafael Nogueira Lima',
        body: md`
          (Escribo en español para que nos entendamos todos; perdonen los errores.)

          Investigamos una red que usaba **compradores de fachada** en Paraguay: personas sin antecedentes compraban pistolas en armerías legales y en pocos días las armas cruzaban a Brasil escondidas en vehículos.

          Indicadores que encontramos:

          - compradores con **ingresos incompatibles** con las compras (tres o cuatro pistolas al mes);
          - la misma armería y el mismo vendedor en casi todas las compras;
          - registros de cruce fronterizo de los compradores el mismo día de la compra.

          ¿Cómo han trabajado ustedes con las armerías para detectar compras sospechosas?
        `,
      },
      {
        by: 'Rosa Benítez',
        body: 'Desde Paraguay: tras este caso, la fiscalía pidió a las armerías reportar las compras múltiples de una misma persona en 30 días. Al principio hubo resistencia; ahora colaboran.',
      },
      {
        by: 'Lucía Ferreyra',
        body: 'En Argentina, el registro nacional cruza las compras con los datos fiscales. No es perfecto, pero detectó a varios compradores de fachada.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'Recomiendo rastrear todas las armas recuperadas en Brasil: si el rastreo lleva siempre a las mismas armerías, tienen un patrón para presentar al juez.',
      },
      {
        by: DIEGO,
        body: '@{Rosa Benítez}, ¿podrías compartir el modelo de oficio que se envió a las armerías? Sería útil para otros países.',
      },
      {
        by: 'Rosa Benítez',
        to: 4,
        body: 'Con gusto; lo subo la semana que viene, ya anonimizado.',
      },
    ],
  },
  {
    category: 'routes-concealment',
    language: 'en',
    title: 'Yachts and small craft in the Eastern Caribbean: firearms in hidden compartments',
    tags: ['maritime', 'concealment', 'small-craft', 'straw-purchase'],
    countries: ['LC', 'VC', 'TT', 'US'],
    posts: [
      {
        by: 'Marcus Joseph',
        body: md`
          Small craft moving between islands are a growing problem for us: pistols and ammunition in **hidden compartments** behind fuel tanks and under bunks, sometimes on yachts under foreign flags.

          What has worked:

          - advance crew and passenger lists from the marinas;
          - joint boarding with the coast guard on risk-profiled vessels;
          - dogs trained on gun oil and ammunition.

          Any experience with the **straw buyers** who source the pistols? Our traces keep leading to the same few places of purchase.
        `,
      },
      {
        by: 'Yolanda Peña',
        body: 'Same in the Dominican Republic with fishing boats. Our traces also point to straw purchases in a handful of places; we share the trace results with the regional analysts to map the buyers.',
      },
      {
        by: 'Abena Owusu-Darko',
        body: 'At Tema we rarely see small craft, but the dog teams made a big difference for us too.',
      },
      {
        by: DIEGO,
        to: 0,
        body: 'Marcus, the tracing thread started by @{Andrés Felipe Gómez} has a table of response times — it may help when you send the next batch of requests.',
      },
    ],
  },

  // ---------------------------------------------------------------- marking, record-keeping and tracing
  {
    category: 'marking-tracing',
    language: 'en',
    title: 'iARMS and ITI tracing requests: response times you actually get',
    tags: ['tracing', 'iarms', 'iti', 'protocol-art-12'],
    countries: ['CO', 'US', 'BR', 'ES'],
    posts: [
      {
        by: 'Andrés Felipe Gómez',
        body: md`
          For our annual report I compiled the tracing requests we sent last year. Rough numbers, with the countries anonymised:

          | Requested country        | Requests | Answered | Median days |
          | ------------------------ | -------- | -------- | ----------- |
          | Country A (manufacturer) | 120      | 112      | 18          |
          | Country B (manufacturer) | 45       | 31       | 64          |
          | Country C (transit)      | 22       | 9        | 140         |

          Two lessons:

          1. Requests with **clear photographs of all markings** were answered twice as fast.
          2. Requests sent through the **national contact point**, rather than by direct e-mail, were answered at all.

          What are your numbers, and what do you do when a country never answers?
        `,
      },
      {
        by: 'Olena Bondarenko',
        body: 'Our median with manufacturers is similar (about three weeks). For non-answers we re-send after 60 days **citing Protocol art. 12(4)** and copy the Protocol focal point. It helps more than you would expect.',
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'We send far fewer requests, but the same lessons apply: photographs change everything. One tip: photograph the inside of the frame too — some manufacturers put a second serial number there.',
      },
      {
        by: DIEGO,
        body: 'For the digest: could we use your table (as it is, with the countries anonymised) in the next issue on tracing?',
      },
      {
        by: 'Andrés Felipe Gómez',
        to: 2,
        body: 'Good tip on the hidden number, thanks. @{Diego Álvarez Ruiz} yes, go ahead.',
      },
      {
        by: 'Elira Hoxha',
        body: 'For weapons from the old regional production we also go through the regional roadmap contact points — much faster than the formal channel.',
      },
    ],
  },
  {
    category: 'marking-tracing',
    language: 'en',
    title: 'Restoring obliterated serial numbers: acid etching vs magnetic particle — results from 140 items',
    tags: ['serial-number-restoration', 'acid-etching', 'marking', 'protocol-art-8'],
    countries: ['UA'],
    posts: [
      {
        by: 'Olena Bondarenko',
        body: md`
          Our lab reviewed **140 firearms** with removed or altered serial numbers from recent cases.

          - **Chemical (acid) etching**: number fully or partly restored on 61 % of steel frames;
          - **Magnetic particle**: better on lightly ground surfaces, useless on aluminium frames;
          - **Electrolytic etching** on aluminium: 40 % success.

          Lesson: always try the **non-destructive method first** — etching changes the surface for good.

          Has anyone had restored numbers challenged in court?
        `,
        editedTo: md`
          Our lab reviewed **140 firearms** with removed or altered serial numbers from recent cases.

          - **Chemical (acid) etching**: number fully or partly restored on 58 % of steel frames _(corrected after re-checking the lab register)_;
          - **Magnetic particle**: better on lightly ground surfaces, useless on aluminium frames;
          - **Electrolytic etching** on aluminium: 40 % success.

          Lesson: always try the **non-destructive method first** — etching changes the surface for good. Our method sheet: [example.org/lab/serial-restoration](https://example.org/lab/serial-restoration).

          Has anyone had restored numbers challenged in court?
        `,
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'Challenged, yes: the defence said a *partly* restored number (4 of 7 digits) could fit many weapons. We combined it with the manufacturer’s tracing answer, which narrowed it to one. The court accepted the combination.',
      },
      {
        by: 'Amir Hadžić',
        body: 'We photograph the surface at each step of the etching, with a scale and a timestamp. The defence expert could not argue about what was visible when.',
      },
      {
        by: 'Olena Bondarenko',
        to: 1,
        body: 'That combination is exactly what we recommend now: partial number + model + manufacturer records.',
      },
      {
        by: 'Aigerim Sadykova',
        body: 'Useful figures. Could you share the method sheet in Russian too, if it exists? Our lab works in Russian and Kazakh.',
      },
      {
        by: 'Olena Bondarenko',
        to: 4,
        body: 'We have Ukrainian and English versions; I will ask whether colleagues can do a Russian one.',
      },
    ],
  },
  {
    category: 'marking-tracing',
    language: 'fr',
    title: "Marquage à l'importation : ce que prévoit l'article 8 et ce que nous faisons vraiment",
    tags: ['import-marking', 'marking', 'protocol-art-8', 'record-keeping'],
    countries: ['TG', 'BJ', 'GH'],
    posts: [
      {
        by: 'Yao Agbeko',
        body: md`
          L'**article 8** du Protocole demande un marquage simple à l'importation (pays importateur et, si possible, année), pour que l'arme reste traçable.

          Au Togo, nous marquons depuis deux ans toutes les armes importées légalement, avec un **registre électronique** relié au marquage. Les difficultés :

          - les armes des **sociétés de sécurité privées** arrivent parfois déjà marquées par un autre pays ;
          - le marquage des armes détenues avant la réforme reste incomplet ;
          - la machine de marquage tombe en panne et les pièces viennent de l'étranger.

          Comment faites-vous dans vos pays ? Quelqu'un a-t-il un marquage régional commun ?
        `,
      },
      {
        by: 'Rachidatou Adékambi',
        body: 'Au Bénin, le marquage existe mais le registre est encore sur papier dans plusieurs préfectures. Nos enquêteurs perdent des semaines à retrouver une fiche.',
      },
      {
        by: 'Salimata Ouattara',
        body: 'Le Burkina a mené une campagne de marquage avec un appui régional. La vraie difficulté est ensuite de **tenir le registre à jour** quand les armes changent de main.',
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: "Pour les enquêteurs, le marquage à l'importation est précieux : il dit par quel pays l'arme est entrée légalement avant d'être détournée.",
      },
      {
        by: 'Awa Ndiaye',
        to: 1,
        body: 'Même constat au Sénégal pour le registre. Nous avons demandé la numérisation prioritaire des fiches des armes saisies.',
      },
    ],
  },
  {
    category: 'marking-tracing',
    language: 'es',
    title: 'Registro nacional de armas: cómo conciliamos los inventarios de las armerías',
    tags: ['record-keeping', 'dealers', 'protocol-art-7', 'diversion'],
    countries: ['CR', 'PA'],
    posts: [
      {
        by: 'Daniela Vargas Mora',
        body: md`
          Cada año hacemos una **conciliación** entre el inventario físico de las armerías y nuestro registro. El año pasado encontramos diferencias en 9 de 61 armerías, y en dos casos las armas faltantes aparecieron después en escenas del crimen.

          Nuestro procedimiento:

          1. aviso con **48 horas** (no más) antes de la visita;
          2. conteo físico con lectura del número de serie;
          3. cruce con las ventas registradas y con las **guías de transporte**;
          4. informe al Ministerio Público si la diferencia no se explica en 10 días.

          ¿Qué plazo de conservación de registros exigen ustedes? El Protocolo (art. 7) pide al menos diez años.
        `,
      },
      {
        by: 'José Huamán Quispe',
        body: 'En Perú exigimos 20 años, pero en la práctica los registros antiguos están incompletos. Las inspecciones sin aviso nos dieron mejores resultados que las anunciadas.',
      },
      {
        by: 'Kevin Castillo',
        body: 'Desde la investigación: cuando una armería «pierde» armas repetidamente, conviene tratarlo como posible desvío y no como falta administrativa. En Panamá tuvimos un caso así.',
      },
      {
        by: 'Daniela Vargas Mora',
        to: 1,
        body: '¿Las inspecciones sin aviso no les generaron problemas legales con las armerías?',
      },
      {
        by: 'José Huamán Quispe',
        to: 3,
        body: 'Al principio hubo recursos, pero el reglamento lo permite y los tribunales lo confirmaron.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'Si pueden, registren las armas faltantes en las bases de datos de armas perdidas y robadas: a veces aparecen en otro país.',
      },
    ],
  },
  {
    category: 'marking-tracing',
    language: 'ru',
    title: 'Учёт оружия частных охранных предприятий: опыт сверки',
    tags: ['record-keeping', 'private-security', 'stockpile-management'],
    countries: ['TM', 'UZ', 'KZ'],
    posts: [
      {
        by: 'Merdan Atayev',
        body: md`
          Мы провели **сплошную сверку** оружия частных охранных предприятий: 38 предприятий, около 1 200 единиц. Расхождения нашли в пяти предприятиях, в основном из-за списанного, но не уничтоженного оружия.

          Что мы изменили после сверки:

          - акт об уничтожении теперь подписывает **представитель лицензирующего органа**;
          - ежеквартальные отчёты о движении оружия подаются в электронном виде;
          - при ликвидации предприятия оружие изымается **до** закрытия юридического лица.

          Как у вас решается вопрос с оружием ликвидированных охранных фирм?
        `,
      },
      {
        by: 'Dilnoza Karimova',
        body: 'У нас именно при ликвидации было больше всего «потерь». После одного уголовного дела ввели обязательную передачу оружия на хранение в МВД до завершения ликвидации.',
      },
      {
        by: 'Aigerim Sadykova',
        body: 'В Казахстане прокуратура проверяет такие фирмы выборочно. Ваш опыт сплошной сверки интересен — можно получить форму акта?',
      },
      {
        by: 'Merdan Atayev',
        to: 2,
        body: 'Да, пришлю форму акта в личные сообщения.',
      },
    ],
  },

  // ---------------------------------------------------------------- evidence and forensic ballistics
  {
    category: 'evidence-ballistics',
    language: 'en',
    title: '3D-printed FGC-9 style carbines: what the expert told the court',
    tags: ['3d-printed', 'privately-made-firearms', 'expert-evidence', 'digital-evidence'],
    countries: ['PA', 'CO'],
    caseReference: 'DIJ-PTY-2025-0419',
    posts: [
      {
        by: 'Kevin Castillo',
        body: md`
          Our first conviction for **3D-printed firearms**: two FGC-9 style carbines and a printer with a half-finished frame, seized in a flat.

          What the expert covered in testimony:

          1. the **printer and filament** matched the frames (colour, layer height, a print defect repeated on both);
          2. the **digital files** on the laptop, with metadata showing when they were downloaded and sliced;
          3. **test firing** of both carbines, whose barrels had been made from hydraulic tubing;
          4. why the weapons are _firearms_ in law even though no part came from a licensed manufacturer.

          The judge asked the most questions about point 2 — the chain of custody of the digital evidence. Happy to share the expert's slides (pseudonymised).
        `,
      },
      {
        by: 'Olena Bondarenko',
        body: 'Very close to our experience. One more thing our courts wanted: proof that the suspect could operate the printer — purchase records for filament and a message asking for print settings.',
      },
      {
        by: 'Amir Hadžić',
        body: 'How did you handle the **barrel**? In our case it was the only metal part and the defence argued it had been bought ready-made from a legal seller.',
      },
      {
        by: 'Kevin Castillo',
        to: 2,
        body: 'The equipment to make the barrels was in the same flat, with off-cuts of the same tubing. The expert matched the off-cuts to the barrels. That answered it.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'Useful for Colombia: we have two printers seized and no precedent yet. Please share the slides with me too.',
      },
      {
        by: DIEGO,
        body: 'A strong digest candidate. @{Kevin Castillo}, once the judgment is final, can you send it to me?',
      },
      {
        by: 'Kevin Castillo',
        to: 5,
        body: 'Yes — the appeal period ends next month.',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'fr',
    title: 'Chaîne de possession des armes saisies : notre modèle de procès-verbal',
    tags: ['chain-of-custody', 'seizure', 'protocol-art-6'],
    countries: ['SN'],
    posts: [
      {
        by: 'Awa Ndiaye',
        body: md`
          Au parquet de Dakar, nous avons eu deux relaxes l'an dernier parce que la **chaîne de possession** d'armes saisies n'était pas documentée (scellés ouverts, dépôt au greffe sans date).

          Nous avons donc refait le procès-verbal de saisie. Il comporte désormais :

          - la description de l'arme **avec tous les marquages** et des photographies ;
          - le numéro de scellé et la signature de chaque personne qui l'ouvre ou le déplace ;
          - la date et l'heure du dépôt au greffe et de chaque sortie pour expertise ;
          - la mention expresse de toute **munition prélevée** pour le tir d'essai.

          Le modèle est ici : [modèle de PV de saisie](https://example.org/modeles/pv-saisie-armes). Vos remarques sont les bienvenues.
        `,
      },
      {
        by: 'Issoufou Garba',
        body: "Excellent. J'ajouterais une case pour l'état de l'arme à la saisie (chargée ou non, sûreté mise ou non) : c'est souvent contesté à l'audience.",
      },
      {
        by: 'Salimata Ouattara',
        body: 'Au Burkina, nous avons le même problème au moment du transfert vers le laboratoire. Pourrions-nous adapter votre modèle ?',
      },
      {
        by: 'Awa Ndiaye',
        to: 1,
        body: "Bonne idée, je l'ajoute à la prochaine version. Et oui Salimata, adaptez-le librement.",
      },
      {
        by: 'Mariam Traoré',
        body: "Nous avons perdu un dossier parce qu'une arme saisie avait servi à **la formation des agents** entre la saisie et le procès. Une mention « interdiction d'usage » sur le scellé serait utile.",
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: "Côté enquêteurs, merci pour ce modèle. La signature à chaque ouverture est contraignante, mais c'est la seule façon de répondre à la défense.",
      },
      {
        by: FATOU,
        body: 'Je propose de le mettre dans la bibliothèque de la communauté, en français et en anglais. @{Awa Ndiaye}, d’accord ?',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'es',
    title: 'Cadena de custodia rota: el tribunal excluyó el arma. Lecciones.',
    tags: ['chain-of-custody', 'exclusion-of-evidence'],
    countries: ['CL'],
    caseReference: 'RIT 1187-2024',
    posts: [
      {
        by: 'Camila Soto Reyes',
        body: md`
          Comparto un caso que se perdió, porque de estos se aprende más.

          Un fusil incautado pasó **cuatro días** en la oficina de una unidad policial antes de llegar a la bodega de evidencias, sin registro de quién lo tuvo. La defensa alegó que no se podía descartar la manipulación y el tribunal **excluyó el arma** y el informe balístico.

          Lecciones:

          - el formulario de cadena de custodia debe acompañar al arma **desde el primer minuto**;
          - cada traslado, con nombre, hora y motivo;
          - fotografías en el momento de la incautación, con el número de serie visible.

          > El tribunal no dudó de la buena fe de los policías, sino de la trazabilidad de la prueba.
        `,
      },
      {
        by: 'Marisol Hernández',
        body: 'Gracias por compartirlo. En El Salvador implementamos un **sello numerado** por arma y un registro electrónico de traslados. Desde entonces no hemos tenido exclusiones.',
      },
      {
        by: 'Lucía Ferreyra',
        body: 'La cita del tribunal es perfecta para las capacitaciones con la policía. ¿Podemos usarla?',
      },
      {
        by: 'Camila Soto Reyes',
        to: 2,
        body: 'Sí, la sentencia es pública. Solo omitan el número de causa.',
      },
      {
        by: 'Rosa Benítez',
        body: 'En Paraguay tuvimos el caso inverso: la defensa alegó una ruptura, pero el registro estaba completo y el tribunal lo rechazó en una línea. El formulario vale la pena.',
      },
      {
        by: DIEGO,
        body: 'Lo añado a la lista de temas de la reunión regional.',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'en',
    title: 'Linking one weapon to several crime scenes: ballistic imaging across borders',
    tags: ['ballistic-imaging', 'cross-border', 'terrorism'],
    countries: ['IQ', 'JO'],
    posts: [
      {
        by: 'Zainab Al-Jubouri',
        body: md`
          In a terrorism case before our court, cartridge cases from **five attacks** in two provinces were linked by ballistic imaging to one rifle, later seized across the border. The link was decisive, but it raised two questions:

          1. Can the foreign lab's comparison report be admitted as it is, or must our own expert repeat the examination?
          2. How do you present a _correlation_ score to a judge who is not a ballistics expert?

          Practical experience welcome.
        `,
      },
      {
        by: 'Olena Bondarenko',
        body: 'On 2: we never present the score alone. The examiner confirms the candidate match under the comparison microscope and testifies about *that*. The score only explains why the pair was looked at.',
      },
      {
        by: 'Amir Hadžić',
        body: 'On 1: our courts admit the foreign report received through MLA, but the defence can ask for our expert to review it. We now ask for the **images**, not just the report, so that a local review is possible.',
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'We are starting to use ballistic imaging in Côte d’Ivoire. Your question 2 is exactly what our judges ask.',
      },
      {
        by: 'Zainab Al-Jubouri',
        to: 2,
        body: 'Asking for the images is a good idea — I will include it in our next request.',
      },
      {
        by: 'Andrés Felipe Gómez',
        to: 1,
        body: 'Same practice in Colombia as Olena describes. We also show photographs of the confirmed marks side by side: judges understand pictures.',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'zh',
    title: '网络研讨会纪要：3D打印枪支案件中的专家证言',
    tags: ['3d-printed', 'webinar', 'expert-evidence'],
    countries: [],
    posts: [
      {
        by: HELENE,
        body: md`
          上周的网络研讨会讨论了3D打印枪支案件中的专家证言。要点如下：

          - **打印机与枪支部件的关联**：专家通过层高、材料和重复出现的打印缺陷，将查获的部件与嫌疑人的打印机联系起来；
          - **数字证据**：下载和切片文件的元数据、保管链以及完整性校验（哈希值）受到法官的重点关注；
          - **试射**：即使枪管由非传统材料制成，仍须通过试射证明其能够发射；
          - **法律定性**：尽管没有任何部件来自持证制造商，这些武器在法律上仍属于枪支。

          录像和幻灯片（英文）见 [example.org/webinars/3d-printed](https://example.org/webinars/3d-printed)。
        `,
      },
      {
        by: HELENE,
        body: '补充：巴拿马和乌克兰同事的相关案例已在“证据与法庭弹道学”类别中讨论，欢迎用任何一种工作语言提问。',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'ru',
    title: 'Переснаряжение патронов: как доказывали незаконное изготовление боеприпасов',
    tags: ['ammunition', 'reloading', 'illicit-manufacturing'],
    countries: ['UZ', 'KZ'],
    posts: [
      {
        by: 'Dilnoza Karimova',
        body: md`
          В нашем деле у обвиняемого изъяли **пресс для переснаряжения**, около 3 000 гильз, порох и капсюли, а также 600 готовых патронов калибра 7,62×39. Защита утверждала, что это хобби охотника.

          Что убедило суд:

          1. **экспертиза** патронов: пригодны для стрельбы, снаряжены одним способом;
          2. объём — явно больше, чем нужно для личной охоты;
          3. переписка о продаже патронов **«партиями по 100»**;
          4. охотничьего оружия под этот калибр у обвиняемого не было.

          Интересно, как квалифицируют переснаряжение в других странах.
        `,
      },
      {
        by: 'Aigerim Sadykova',
        body: 'У нас аналогичное дело квалифицировали как незаконное изготовление боеприпасов. Ключевой была переписка о продаже, как и у вас.',
      },
      {
        by: 'Bakyt Usenov',
        body: 'Добавлю: сравнение следов на капсюлях изъятых патронов и гильз с мест преступлений. Так мы связали «мастера» с тремя эпизодами.',
      },
      {
        by: 'Merdan Atayev',
        body: 'С точки зрения лицензирования: у нас переснаряжение разрешено только владельцам лицензии и в пределах лимита. Превышение лимита — уже основание для проверки.',
      },
      {
        by: 'Ion Rusu',
        body: 'В Молдове суд учёл ещё и то, что порох был куплен по поддельной лицензии. Это стало отдельным эпизодом.',
      },
      {
        by: 'Dilnoza Karimova',
        to: 2,
        body: 'Сравнение следов на капсюлях — отличная идея, передам нашим экспертам.',
      },
    ],
  },
  {
    category: 'evidence-ballistics',
    language: 'en',
    title: 'After judgment: destroying seized firearms and keeping proof of it',
    tags: ['destruction', 'protocol-art-6', 'chain-of-custody'],
    countries: ['BA'],
    posts: [
      {
        by: 'Amir Hadžić',
        body: md`
          Protocol **art. 6** requires confiscated firearms to be destroyed unless another disposal has been officially authorised and the firearms have been marked and recorded.

          We recently found that some weapons recorded as "destroyed" years ago had never left the depot. Our new procedure:

          - destruction only with a **court order** listing each serial number;
          - a commission of three (police, prosecution, firearms authority) present;
          - **video** of the cutting of each frame, and a record signed by the commission;
          - the record sent to the firearms register to close each entry.

          How do you prove destruction in your countries?
        `,
      },
      {
        by: 'Olena Bondarenko',
        body: 'We film it too, and the register entry is closed only when the commission’s record is uploaded. Test-fired samples go to the ballistic database before destruction.',
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'In Côte d’Ivoire destruction is public, often a ceremony, but the record of serial numbers is the weak part. Your list per serial number is better.',
      },
      {
        by: 'Nikola Vuković',
        body: 'Customs seizures follow the same process once the court order is final. We once had a rifle due for destruction that was needed for a retrial — keep the samples!',
      },
      {
        by: 'Abena Owusu-Darko',
        to: 0,
        body: 'Our national commission holds destruction ceremonies with the press. We will suggest adding the per-serial record.',
      },
    ],
  },

  // ---------------------------------------------------------------- mutual legal assistance and extradition
  {
    category: 'mla-extradition',
    language: 'fr',
    title: "Délais d'entraide : combien de temps pour une réponse d'un pays voisin ?",
    tags: ['mla', 'timelines', 'central-authority', 'untoc-art-18'],
    countries: ['BF', 'CI', 'ML', 'NE'],
    posts: [
      {
        by: 'Salimata Ouattara',
        body: md`
          Pour préparer notre prochaine réunion régionale, je fais le point sur les **délais de réponse** aux demandes d'entraide dans les affaires d'armes.

          De notre côté (Burkina Faso, l'an dernier) :

          - demandes envoyées : 14 ;
          - réponses complètes : 6, en **5 mois** en moyenne ;
          - réponses partielles : 4 ;
          - sans réponse : 4.

          Ce qui accélère : un **contact direct** avec le magistrat saisi dans l'autre pays avant l'envoi officiel, et une demande courte, avec la liste exacte des actes demandés.

          Quels sont vos délais ? Et utilisez-vous l'article 18 de la Convention quand il n'y a pas de traité bilatéral ?
        `,
      },
      {
        by: 'Awa Ndiaye',
        body: "Au Sénégal, la moyenne est proche : 4 à 6 mois. Nous utilisons l'**article 18** comme base légale sans difficulté avec nos voisins.",
      },
      {
        by: 'Issoufou Garba',
        body: "Côté juges d'instruction : les demandes qui arrivent traduites et avec les pièces déjà certifiées sont exécutées beaucoup plus vite.",
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: "Les contacts noués dans cette communauté ont réduit de moitié nos délais avec le Burkina. Pas besoin d'attendre le canal officiel pour préparer la demande ensemble.",
      },
      {
        by: 'Salimata Ouattara',
        to: 1,
        body: "Merci Awa. Avez-vous eu des refus sur le fondement de l'article 18 ?",
      },
      {
        by: 'Awa Ndiaye',
        to: 4,
        body: 'Un seul, pour une question de double incrimination sur la détention de munitions. Nous l’avons résolu en décrivant les faits plus précisément.',
      },
      {
        by: 'Mariam Traoré',
        body: "Au Mali, les délais s'allongent quand la demande passe par plusieurs ministères. Une autorité centrale unique serait une vraie avancée.",
      },
      {
        by: FATOU,
        body: 'Je compile vos chiffres pour la réunion régionale. Merci à tous.',
      },
    ],
  },
  {
    category: 'mla-extradition',
    language: 'ar',
    title: 'طلبات المساعدة القانونية المتبادلة بشأن أسلحة ضُبطت في قضايا إرهاب',
    tags: ['mla', 'terrorism', 'untoc-art-18', 'parallel-investigation'],
    countries: ['IQ', 'JO', 'TR'],
    posts: [
      {
        by: 'Zainab Al-Jubouri',
        body: md`
          في القضايا الإرهابية المعروضة أمام محاكمنا، تُضبط أسلحة يعود منشؤها إلى دول أخرى، ونحتاج إلى معرفة **مسار وصولها** للتحقيق في الاتجار بها بصورة موازية.

          أسئلتي للزملاء:

          1. هل تستندون إلى **المادة 18** من اتفاقية الجريمة المنظمة عند غياب اتفاقية ثنائية؟
          2. ما المعلومات التي تضعونها في الطلب لتسريع الرد (صور العلامات، الأرقام التسلسلية، تقرير الخبير)؟
          3. هل واجهتم رفضاً بحجة أن القضية "إرهابية" وليست قضية اتجار؟

          أي تجربة عملية ستكون مفيدة.
        `,
      },
      {
        by: 'Mohamed Lemine Sidi',
        body: 'في موريتانيا نستند إلى المادة 18 مع دول الجوار، وقد نجح ذلك. نرفق دائماً صوراً واضحة لجميع العلامات، فهي تختصر أسابيع من المراسلات.',
      },
      {
        by: 'Hissein Abakar',
        body: 'من تجربتنا في تشاد: نفصل طلب تعقب السلاح عن طلب المساعدة في قضية الإرهاب نفسها. الطلب المنفصل يُعالَج أسرع لأنه تقني بحت.',
      },
      {
        by: 'Zainab Al-Jubouri',
        to: 2,
        body: 'فكرة فصل الطلبين مفيدة جداً. هل يتم ذلك عبر السلطة المركزية نفسها؟',
      },
      {
        by: 'Hissein Abakar',
        to: 3,
        body: 'نعم، عبر السلطة المركزية نفسها، مع إبلاغ نقطة الاتصال الخاصة بالتعقب بالتوازي.',
      },
    ],
  },
  {
    category: 'mla-extradition',
    language: 'en',
    title: "Extradition for firearms trafficking when the requested state sees only 'smuggling'",
    tags: ['extradition', 'dual-criminality', 'untoc-art-16'],
    countries: ['KZ', 'KG'],
    posts: [
      {
        by: 'Aigerim Sadykova',
        body: md`
          We requested the extradition of a suspected organiser of a trafficking ring. The requested state's court hesitated on **dual criminality**: in its law, moving firearms across the border without a permit is _customs smuggling_, not _illicit trafficking in firearms_.

          Our argument:

          - dual criminality looks at the **conduct**, not at the name of the offence;
          - UNTOC **art. 16** applies, since the offence is transnational and involves an organised criminal group;
          - the Protocol itself (art. 5) requires both states to criminalise illicit trafficking.

          The court finally granted extradition. Has anyone faced the same objection, and how long did it take?
        `,
      },
      {
        by: 'Ion Rusu',
        body: 'Exactly the same objection from one of our neighbours, about *ammunition*. It took 14 months. Describing the conduct in detail (routes, quantities, payments) rather than quoting our article helped.',
      },
      {
        by: 'Vesna Trajkovska',
        body: 'From the bench: what persuades me is a clear statement of facts and the text of both provisions side by side. If I have to research the other country’s law myself, it takes much longer.',
      },
      {
        by: 'Elira Hoxha',
        body: 'We have succeeded using UNTOC art. 16 as the legal basis where no treaty exists. It is under-used.',
      },
      {
        by: 'Aigerim Sadykova',
        to: 2,
        body: 'Thank you, Judge — a table with both provisions is a simple idea we will adopt.',
      },
    ],
  },
  {
    category: 'mla-extradition',
    language: 'es',
    title: 'Equipo conjunto de investigación Paraguay–Brasil: primeros seis meses',
    tags: ['jit', 'untoc-art-19', 'evidence-sharing'],
    countries: ['PY', 'BR'],
    caseReference: 'ECI-PY-BR-01/2025',
    posts: [
      {
        by: 'Rosa Benítez',
        body: md`
          Hace seis meses firmamos el acuerdo de **equipo conjunto de investigación** con Brasil sobre la red de compradores de fachada de la Triple Frontera. Balance:

          **Lo que funcionó**

          - reuniones semanales en línea entre fiscales e investigadores;
          - intercambio directo de pruebas, sin comisiones rogatorias;
          - una **estrategia común** sobre dónde juzgar a cada imputado.

          **Lo que costó**

          - diferencias en las reglas sobre interceptaciones telefónicas;
          - la traducción de los documentos al portugués;
          - la prórroga del acuerdo, que tardó más de lo previsto.

          Si alguien está pensando en un ECI, con gusto comparto el texto del acuerdo.
        `,
      },
      {
        by: 'Rafael Nogueira Lima',
        body: 'Desde el lado brasileño lo confirmo: el intercambio directo de pruebas nos ahorró meses. Lo más difícil fue acordar el uso de las interceptaciones en juicio.',
      },
      {
        by: 'Lucía Ferreyra',
        body: 'Nos interesa mucho el texto del acuerdo: estamos evaluando un ECI con Paraguay y Bolivia.',
      },
      {
        by: 'Marisol Hernández',
        body: '¿Cómo resolvieron en qué país juzgar a cada imputado?',
      },
      {
        by: 'Rosa Benítez',
        to: 3,
        body: 'Según el lugar donde se cometió la mayor parte de los hechos de cada uno y donde estaba la prueba principal. Lo dejamos por escrito en el plan de acción.',
      },
      {
        by: DIEGO,
        body: 'Rosa, ¿podrías presentar esto en la reunión de Panamá? Encaja perfectamente.',
      },
    ],
  },
  {
    category: 'mla-extradition',
    language: 'en',
    title: 'Controlled delivery across three borders: what the MLA request had to say',
    tags: ['controlled-delivery', 'special-investigative-techniques', 'untoc-art-20', 'mla'],
    countries: ['MD', 'RO', 'UA'],
    posts: [
      {
        by: 'Ion Rusu',
        body: md`
          A completed case (judgment delivered, so we can discuss it): a parcel with pistol parts was allowed to travel under **controlled delivery** from one country, through ours, to a third.

          What the request had to contain for all three authorities to agree:

          - the legal basis in each state (UNTOC **art. 20** plus national law);
          - who keeps **visual contact** at each stage and who may intervene;
          - what happens if the parcel is lost or the route changes;
          - how the chain of custody is recorded at each hand-over.

          It took three weeks to agree. For the next one we prepared a template — any comments before we circulate it?
        `,
      },
      {
        by: 'Amir Hadžić',
        body: 'Add a line on **substitution**: whether the parts may be replaced by inert items. In our case one state allowed it, the other did not, and we lost a day.',
      },
      {
        by: 'Olena Bondarenko',
        body: 'And one contact person per country, reachable 24/7 during the delivery, with phone numbers in the annex of the request rather than in its body.',
      },
      {
        by: 'Elira Hoxha',
        body: 'Please share the template — we have a similar case pending with two neighbours.',
      },
      {
        by: 'Ion Rusu',
        to: 1,
        body: 'Good point on substitution, added.',
      },
      {
        by: 'Vesna Trajkovska',
        body: 'From the court’s side: keep the judicial authorisation of each state in the file. The defence challenged ours, and the annex with all three authorisations settled it.',
      },
    ],
  },
  {
    category: 'mla-extradition',
    language: 'en',
    title: 'Spontaneous information (UNTOC art. 18(4)): has anyone used it for firearms?',
    tags: ['spontaneous-information', 'untoc-art-18', 'mla'],
    countries: ['AL', 'IT'],
    posts: [
      {
        by: 'Elira Hoxha',
        body: md`
          UNTOC **art. 18(4)** lets a state send information to another **without a prior request** when it could help an investigation there. We used it once: our intercepts revealed buyers of converted pistols in another country, and we sent a short note to their prosecutors.

          Result: they opened a case and sent us a formal MLA request a month later, which made the exchange usable in court.

          Has anyone else used spontaneous information in firearms cases? Any pitfalls with confidentiality?
        `,
      },
      {
        by: 'Ion Rusu',
        body: 'We used it once with a neighbour. Pitfall: mark clearly which parts are confidential (art. 18(5)) — the first time, our note ended up in a defence file.',
      },
      {
        by: 'Aigerim Sadykova',
        body: 'Useful. In Kazakhstan we are not sure whether the prosecutor or the central authority should send it. Who signed yours?',
      },
      {
        by: 'Elira Hoxha',
        to: 2,
        body: 'The prosecutor in charge, through the central authority for the record. We sent a copy directly to the foreign prosecutor to save time.',
      },
      {
        by: 'Zainab Al-Jubouri',
        body: 'This could help us with weapons seized in terrorism cases — thank you for explaining.',
      },
    ],
  },

  // ---------------------------------------------------------------- online and darknet sales
  {
    category: 'online-darknet',
    language: 'fr',
    title: 'Ventes d’armes sur les messageries : attribuer les vendeurs',
    tags: ['messaging-apps', 'vendor-attribution', 'online'],
    countries: ['BJ', 'NG', 'TG'],
    posts: [
      {
        by: 'Rachidatou Adékambi',
        body: md`
          Nous suivons plusieurs **groupes de messagerie** où des pistolets et des fusils de chasse modifiés sont proposés à la vente, avec livraison par moto-taxi.

          Pour attribuer un vendeur, nous avons utilisé :

          - les **numéros de téléphone** liés aux comptes de paiement mobile ;
          - les photos publiées (mêmes arrière-plans, même carrelage) ;
          - les heures de publication, cohérentes avec un fuseau horaire et une routine.

          Quelles techniques ont fonctionné chez vous ? Et comment conservez-vous la preuve avant que les messages soient supprimés ?
        `,
      },
      {
        by: 'Yao Agbeko',
        body: 'Les paiements mobiles sont aussi la meilleure piste chez nous. Les opérateurs répondent en quelques jours sur réquisition.',
      },
      {
        by: 'Awa Ndiaye',
        body: 'Pour la conservation : captures d’écran **horodatées** par l’enquêteur, avec un procès-verbal qui décrit la méthode. Le tribunal de Dakar l’a accepté.',
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'Nous avons exploité les métadonnées des photos envoyées en pièce jointe pendant la négociation (pas celles publiées, qui sont nettoyées). Elles donnaient le modèle du téléphone, retrouvé ensuite chez le suspect.',
      },
      {
        by: 'Rachidatou Adékambi',
        to: 3,
        body: 'Très bonne piste, merci. Nous demanderons les photos originales lors des prochains achats tests.',
      },
    ],
  },
  {
    category: 'online-darknet',
    language: 'es',
    title: 'Atribución de un vendedor de la darknet: de la clave PGP al paquete',
    tags: ['darknet', 'vendor-attribution', 'cryptocurrency', 'postal'],
    countries: ['PA', 'US', 'CO'],
    posts: [
      {
        by: 'Kevin Castillo',
        body: md`
          Caso cerrado con condena: un vendedor de **piezas de pistola** en un mercado de la darknet que enviaba a varios países.

          Cómo llegamos a él:

          1. la misma **clave PGP** usada en dos mercados distintos;
          2. el análisis de las transacciones en criptomonedas hasta una casa de cambio con datos de cliente;
          3. una **entrega vigilada** de una compra de prueba, con el paquete seguido hasta la oficina de correos;
          4. huellas en el interior del embalaje.

          Lo más difícil fue obtener los datos de la casa de cambio extranjera. ¿Alguien tiene un contacto o un modelo de solicitud que funcione?
        `,
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'En Colombia las casas de cambio locales responden rápido con orden judicial; las extranjeras, solo por asistencia judicial. Les comparto el modelo que usamos.',
      },
      {
        by: 'Yolanda Peña',
        body: 'El punto 4 es oro: el interior del embalaje casi nunca se limpia. En República Dominicana lo revisamos en todos los paquetes de courier incautados.',
      },
      {
        by: 'Esteban Quishpe',
        body: 'Para quien quiera profundizar, recomiendo el curso «Investigador Darknet Certificado» de una empresa con la que trabajamos: 20 % de descuento con el código COP20 en [example.org/curso-darknet](https://example.org/curso-darknet).',
        flags: [
          {
            by: 'Andrés Felipe Gómez',
            reason: 'Parece publicidad de un curso comercial, con código de descuento.',
          },
          { by: 'Kevin Castillo', reason: 'Publicidad comercial: no corresponde a este espacio.' },
        ],
      },
      {
        by: DIEGO,
        body: 'Sobre la casa de cambio extranjera: en la biblioteca hay una lista de autoridades centrales con sus requisitos para datos financieros. Escríbanme si no la encuentran.',
      },
      {
        by: 'Kevin Castillo',
        to: 1,
        body: 'Gracias, Andrés. El modelo nos vendría muy bien.',
      },
    ],
  },
  {
    category: 'online-darknet',
    language: 'en',
    title: 'Channels selling conversion kits — preserving evidence before it disappears',
    tags: ['online', 'conversion-kits', 'digital-evidence'],
    countries: ['UA', 'PL', 'BA'],
    posts: [
      {
        by: 'Olena Bondarenko',
        body: md`
          Channels on messaging apps sell **conversion kits** for blank pistols (barrels, liners, firing pins), delivered by courier. The channels disappear within days once a buyer is arrested.

          Our current routine:

          - capture the channel with a **forensic web capture tool**, which records a hash of each capture;
          - record the investigator's account used, the time and the method in a report;
          - send a **preservation request** to the platform the same day, even if an answer is unlikely.

          What works for you — especially to get data from the platform?
        `,
      },
      {
        by: 'Kevin Castillo',
        body: 'Preservation requests rarely get answers for us either. What worked: **test purchases** — the courier data gives you a real person within days.',
      },
      {
        by: 'Amir Hadžić',
        body: 'One of these channels is run from our region: the admin is, we believe, Dragan M., 34, from Tuzla — seen on the courier office CCTV. He is not charged yet; if anyone sees his account elsewhere, message me.',
        flags: [
          {
            by: 'Elira Hoxha',
            reason:
              'Names a suspect who has not been charged, with age and town. Moderators, please check whether this should stay.',
          },
        ],
      },
      {
        by: 'Elira Hoxha',
        body: 'For platform data, an MLA request to the country where the company is established is slow, but sometimes the only route that gives admissible evidence. Start it early, in parallel.',
      },
      {
        by: 'Dilnoza Karimova',
        body: 'Also follow the money: kit sellers often take card payments through intermediaries, which are much easier to trace than the channel itself.',
      },
      {
        by: 'Olena Bondarenko',
        to: 1,
        body: 'Test purchases are on our list — we need a prosecutor’s approval for each, which takes time.',
      },
    ],
  },
  {
    category: 'online-darknet',
    language: 'es',
    title: 'Piezas de pistola compradas en línea y enviadas por courier a Santo Domingo',
    tags: ['postal', 'parts-and-components', 'online', 'courier'],
    countries: ['DO', 'US'],
    posts: [
      {
        by: 'Yolanda Peña',
        body: md`
          Recibimos cada mes paquetes con **piezas de pistola** (correderas, cañones, armazones sin terminar) compradas en tiendas en línea y enviadas a través de casilleros de courier.

          El problema: en nuestra ley, la tenencia de **piezas sueltas** no estaba claramente tipificada hasta la última reforma. Ahora aplicamos el concepto de «partes y componentes» del Protocolo.

          Preguntas:

          - ¿Cómo prueban que las piezas estaban destinadas a ensamblar un arma?
          - ¿Tienen acuerdos con las empresas de casilleros?
        `,
      },
      {
        by: 'Esteban Quishpe',
        body: 'En Ecuador el indicio más fuerte es que el destinatario reciba **todas las piezas** de un mismo modelo en envíos separados. Las cruzamos por el número de cliente del casillero.',
      },
      {
        by: 'Kevin Castillo',
        body: 'Y los tutoriales de ensamblaje en el teléfono. Casi siempre están.',
      },
      {
        by: 'Andrés Felipe Gómez',
        body: 'Pidan el rastreo de las piezas que llevan número de serie (algunas correderas y cañones lo tienen). Nos dio el punto de venta dos veces.',
      },
      {
        by: 'Yolanda Peña',
        to: 1,
        body: 'Lo del número de cliente es clave, gracias. Lo vamos a pedir en la próxima reunión con las empresas de courier.',
      },
    ],
  },
  {
    category: 'online-darknet',
    language: 'ru',
    title: 'Продажа оружия через закрытые группы в соцсетях: опыт Молдовы',
    tags: ['online', 'social-media', 'test-purchase'],
    countries: ['MD', 'RO'],
    posts: [
      {
        by: 'Ion Rusu',
        body: md`
          За последний год мы возбудили **девять дел** о продаже оружия через закрытые группы в социальных сетях. Типичная схема: объявление о продаже «сувениров» или «охолощённого оружия», а реальная сделка — в личных сообщениях.

          Что сработало:

          - **проверочная закупка** с разрешения прокурора;
          - фиксация переписки протоколом осмотра;
          - запросы оператору связи по номеру, указанному для связи.

          Как коллеги оформляют закупку онлайн, если продавец находится в другой стране?
        `,
      },
      {
        by: 'Aigerim Sadykova',
        body: 'Если продавец в другой стране, мы сначала направляем запрос о правовой помощи и только после ответа проводим закупку. Иначе суд может признать доказательство недопустимым.',
      },
      {
        by: 'Dilnoza Karimova',
        body: 'Добавлю: фиксируйте и платёжные данные. Продавцы часто принимают переводы на карты третьих лиц — это отдельная линия расследования.',
      },
      {
        by: 'Ion Rusu',
        to: 1,
        body: 'Понятно. Значит, о правовой помощи нужно договариваться ещё до первого контакта с продавцом.',
      },
    ],
  },

  // ---------------------------------------------------------------- Sahel corridor cases (restricted)
  {
    category: 'sahel-corridor',
    language: 'fr',
    title: 'Corridor sahélien : mode d’emploi de cet espace restreint',
    tags: ['guidelines', 'restricted-space'],
    countries: ['ML', 'NE', 'BF', 'TD', 'MR'],
    daysAgo: 63,
    pinned: { by: FATOU, reason: 'Règles propres à la catégorie restreinte.' },
    posts: [
      {
        by: FATOU,
        body: md`
          Cette catégorie est **réservée au groupe Afrique de l'Ouest et du Centre**. Elle sert aux échanges entre procureurs, juges et enquêteurs des pays voisins sur des affaires en cours le long des routes du Sahel.

          Quelques règles propres à cet espace :

          - **aucune identité** de source humaine, d'agent infiltré ou de témoin protégé — même ici ;
          - les affaires en cours sont désignées par leur **référence**, les mis en cause par leurs initiales ;
          - pour une opération en cours (livraison surveillée, surveillance), contactez directement le collègue concerné par message ;
          - si un membre quitte ses fonctions, prévenez-moi pour que je le retire du groupe.

          Pour ajouter un collègue, envoyez-moi son nom et son institution.
        `,
      },
      {
        by: 'Mariam Traoré',
        body: 'Merci Fatou. Pouvons-nous aussi partager ici des extraits de procès-verbaux d’audition, anonymisés ?',
      },
      {
        by: FATOU,
        to: 1,
        body: 'Oui, anonymisés et seulement ce qui est utile aux collègues. En cas de doute, demandez-moi avant.',
      },
      {
        by: 'Issoufou Garba',
        body: 'Très bien. Je propose que chaque fil indique le pays qui mène l’enquête principale.',
      },
    ],
  },
  {
    category: 'sahel-corridor',
    language: 'fr',
    title: 'Motos et pinasses sur le fleuve : armes saisies entre Mopti et Gao',
    tags: ['river-transport', 'motorbikes', 'terrorism', 'parallel-investigation'],
    countries: ['ML', 'NE', 'BF'],
    caseReference: 'PJS-BKO 2025/077',
    posts: [
      {
        by: 'Mariam Traoré',
        body: md`
          Dans ce dossier, nous avons saisi 31 fusils d'assaut et des munitions transportés en deux temps : par **pinasse** sur le fleuve, puis par des convois de motos vers la frontière nigérienne.

          Ce que nous savons :

          - les armes portent des marquages de plusieurs pays, dont certains **effacés** ;
          - les convoyeurs sont payés à la livraison, sans connaître le commanditaire ;
          - un intermédiaire à Gao organise les deux segments.

          Nous menons une **enquête parallèle** sur le trafic, en plus du volet terroriste. Les collègues nigériens ont-ils vu les mêmes convois de leur côté ?
        `,
      },
      {
        by: 'Issoufou Garba',
        body: 'Oui. Deux dossiers ouverts à Niamey mentionnent des convois de motos venant de la même zone. Je vous écris pour rapprocher les références.',
      },
      {
        by: 'Hissein Abakar',
        body: 'Notre informateur à Ménaka (Abdoulaye M., 41 ans, joignable au +223 70 00 00 00) confirme que l’intermédiaire de Gao organise aussi des convois vers le Tchad.',
        hidden: {
          flaggedBy: 'Salimata Ouattara',
          flagReason:
            'Ce message donne l’identité et le numéro de téléphone d’une source humaine. À masquer rapidement.',
          by: FATOU,
          reason:
            'Identité et coordonnées d’une source humaine : contraire aux règles de cet espace. Merci de republier sans ces éléments.',
        },
      },
      {
        by: 'Hissein Abakar',
        body: 'Je republie sans les éléments d’identification, désolé : une **source fiable** confirme que l’intermédiaire de Gao organise aussi des convois vers le Tchad. Les détails par message direct à Mariam.',
      },
      {
        by: 'Salimata Ouattara',
        body: 'Au Burkina, des armes aux marquages effacés de la même façon ont été saisies à la frontière en mars. Nous pourrions comparer les photographies des zones effacées.',
      },
      {
        by: 'Awa Ndiaye',
        body: '@{Koffi Mensah-Bamba} pourrait aider pour la restauration des numéros : son laboratoire obtient de bons résultats par attaque chimique.',
      },
      {
        by: 'Mariam Traoré',
        to: 1,
        body: 'Merci Monsieur le juge. J’attends votre message pour les références et je propose une visioconférence la semaine prochaine.',
      },
    ],
  },
  {
    category: 'sahel-corridor',
    language: 'fr',
    title: 'Fusils d’assaut aux numéros limés saisis à la frontière tchado-nigérienne',
    tags: ['marking-removed', 'serial-number-restoration', 'border', 'tracing'],
    countries: ['TD', 'NE', 'LY'],
    posts: [
      {
        by: 'Hissein Abakar',
        body: md`
          Nous avons saisi **14 fusils d'assaut** aux numéros de série limés, près de la frontière avec le Niger. Les armes semblent venir de stocks détournés dans un pays voisin, mais sans numéro nous ne pouvons pas le démontrer.

          Nos questions :

          1. Quel laboratoire de la région peut **restaurer** les numéros ?
          2. Faut-il envoyer les armes entières ou seulement les carcasses ?
          3. Quelles autres marques (marquages secondaires, poinçons) permettent d'orienter le traçage ?
        `,
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'Notre laboratoire d’Abidjan peut le faire. Envoyez seulement les **carcasses** et les culasses, avec une chaîne de possession complète. Comptez deux semaines.',
      },
      {
        by: 'Yao Agbeko',
        body: 'Regardez aussi les **marquages secondaires** sous le garde-main et sur la culasse : ils sont rarement limés et donnent souvent l’usine et l’année.',
      },
      {
        by: 'Issoufou Garba',
        body: 'Une demande de traçage peut être utile même sans numéro complet, avec les photos des poinçons et des marquages secondaires.',
      },
      {
        by: 'Hissein Abakar',
        to: 1,
        body: 'Merci, je prépare l’envoi avec le parquet.',
      },
    ],
  },
  {
    category: 'sahel-corridor',
    language: 'ar',
    title: 'تهريب الأسلحة عبر الحدود الموريتانية المالية في شاحنات البضائع',
    tags: ['trucks', 'concealment', 'border'],
    countries: ['MR', 'ML'],
    posts: [
      {
        by: 'Mohamed Lemine Sidi',
        body: md`
          ضبطت الجمارك في نقطة حدودية شرق البلاد **ثماني بنادق هجومية** وذخيرة مخبأة في خزان وقود إضافي لشاحنة تنقل الأرز.

          ما ساعد على الكشف:

          - الفرق بين سعة الخزان المصرَّح بها والسعة الفعلية؛
          - آثار لحام حديثة تحت الشاحنة؛
          - مطابقة رقم الشاحنة مع معلومات من الزملاء في مالي.

          هل رصد الزملاء في مالي أو تشاد استخدام الأسلوب نفسه؟
        `,
      },
      {
        by: 'Hissein Abakar',
        body: 'نعم، رصدنا الأسلوب نفسه على طرق الشرق. نفحص الآن كل الخزانات الإضافية بالمنظار.',
      },
      {
        by: 'Mohamed Lemine Sidi',
        to: 1,
        body: 'شكراً. هل يمكن تبادل صور الخزانات المعدَّلة عبر هذه الفئة؟',
      },
      {
        by: 'Hissein Abakar',
        to: 2,
        body: 'بالتأكيد، سأرفعها هذا الأسبوع بعد إخفاء أرقام اللوحات.',
      },
    ],
  },
  {
    category: 'sahel-corridor',
    language: 'fr',
    title: 'ECE Burkina–Côte d’Ivoire : partage des preuves et premières demandes',
    tags: ['jit', 'evidence-sharing', 'untoc-art-19'],
    countries: ['BF', 'CI'],
    caseReference: 'ECE-BF-CI-01/2025',
    posts: [
      {
        by: 'Salimata Ouattara',
        body: md`
          L'**équipe commune d'enquête** Burkina Faso–Côte d'Ivoire a démarré il y a trois semaines. Premières étapes :

          1. inventaire commun des **armes saisies** des deux côtés, avec photographies des marquages ;
          2. partage des auditions déjà réalisées ;
          3. préparation de deux **demandes d'entraide** vers un pays tiers pour des comptes bancaires.

          Le plus délicat pour l'instant : convenir d'un **format unique** de procès-verbal pour que les preuves soient recevables dans les deux pays.
        `,
      },
      {
        by: 'Koffi Mensah-Bamba',
        body: 'Côté ivoirien, nous proposons de partir du modèle de PV de saisie publié par Awa, avec une case pour le pays et l’autorité qui a saisi.',
      },
      {
        by: 'Awa Ndiaye',
        body: 'Avec plaisir. Attention à la traduction des qualifications pénales : elles ne se recouvrent pas exactement entre vos deux codes.',
      },
      {
        by: FATOU,
        body: 'Je peux organiser une séance en ligne avec une collègue qui a travaillé l’an dernier sur une ECE entre deux autres pays voisins.',
      },
      {
        by: 'Salimata Ouattara',
        to: 3,
        body: 'Oui, volontiers, la semaine prochaine si possible.',
      },
    ],
  },
  {
    category: 'sahel-corridor',
    language: 'fr',
    title: 'Enquête parallèle sur les armes dans un dossier terroriste : qui la mène ?',
    tags: ['parallel-investigation', 'terrorism', 'tracing'],
    countries: ['NE', 'ML', 'BF'],
    posts: [
      {
        by: 'Issoufou Garba',
        body: md`
          Dans les dossiers terroristes, les armes saisies sont trop souvent traitées comme de simples **pièces à conviction** : personne ne cherche d'où elles viennent.

          Au Niger, nous essayons de confier l'**enquête parallèle** sur le trafic à une unité distincte, sous la direction du même juge d'instruction. Questions :

          - qui en est chargé chez vous : le pôle antiterroriste ou une unité spécialisée dans les armes ?
          - comment éviter que l'enquête sur les armes retarde le dossier principal ?
        `,
      },
      {
        by: 'Mariam Traoré',
        body: 'Au Mali, le pôle spécialisé garde les deux volets mais désigne un enquêteur dédié aux armes. Cela fonctionne quand le traçage est demandé **dès la saisie**.',
      },
      {
        by: 'Salimata Ouattara',
        body: 'Nous avons disjoint le volet trafic dans un dossier : le dossier terroriste a été jugé, le volet armes a continué et a mené à deux fournisseurs.',
      },
      {
        by: 'Issoufou Garba',
        to: 1,
        body: 'Demander le traçage dès la saisie : c’est le point que nous devons inscrire dans une circulaire.',
      },
      {
        by: 'Awa Ndiaye',
        body: 'Au Sénégal, le parquet ouvre une procédure distincte pour le trafic dès qu’il y a plus de trois armes. C’est une règle simple.',
      },
      {
        by: FATOU,
        body: 'Ce fil mériterait une fiche de bonnes pratiques. Je vous propose un brouillon à partir de vos réponses.',
      },
    ],
  },

  // ---------------------------------------------------------------- Balkan stockpile diversion (restricted)
  {
    category: 'balkan-stockpiles',
    language: 'en',
    title: 'Grenades and rifles from looted stockpiles still surfacing: sentencing outcomes',
    tags: ['stockpile-diversion', 'sentencing', 'hand-grenades'],
    countries: ['MK', 'AL', 'RS'],
    posts: [
      {
        by: 'Vesna Trajkovska',
        body: md`
          Weapons looted from stockpiles decades ago keep appearing in our cases — mostly **hand grenades** and rifles sold in small lots. I looked at 12 judgments of our court from the last three years:

          - average sentence for **possession**: 1 year 4 months, often suspended;
          - for **trafficking** (sale or transfer of several items): 3 to 6 years;
          - the courts rarely treat the _origin_ of the weapon as an aggravating factor.

          Do your courts take the stockpile origin into account? And does anyone trace these items back to the original depot?
        `,
      },
      {
        by: 'Elira Hoxha',
        body: 'We trace them when the depot records survived — maybe one case in three. When we can show the weapon came from a looted depot, we argue the aggravating factor of danger to public safety, with some success.',
      },
      {
        by: 'Amir Hadžić',
        body: 'In BA the origin matters mostly for grenades: judges see them as more dangerous, and sentences for grenade trafficking are noticeably higher.',
      },
      {
        by: 'Nikola Vuković',
        body: 'From customs: grenades crossing the border are usually hidden in **car doors**. We find two or three a year at our crossings.',
      },
      {
        by: 'Vesna Trajkovska',
        to: 1,
        body: 'Thank you — one in three is better than I expected. Could your office share how you reconstruct the depot records?',
      },
    ],
  },
  {
    category: 'balkan-stockpiles',
    language: 'en',
    title: 'Port of Bar: rifles in a shipment of used furniture — X-ray images and what we missed',
    tags: ['containers', 'x-ray', 'concealment'],
    countries: ['ME', 'IT', 'AL'],
    posts: [
      {
        by: 'Nikola Vuković',
        body: md`
          We found **six rifles** in a container of used furniture bound for Italy — on the _second_ X-ray. The first scan had been read as "furniture metal fittings".

          What we changed afterwards:

          - two officers read every image from **high-risk routes** independently;
          - a reference library of X-ray images of firearms inside furniture and appliances;
          - container seals photographed before and after the scan.

          If colleagues have reference X-ray images to share (within the rules), we would be grateful.
        `,
      },
      {
        by: 'Elira Hoxha',
        body: 'Our prosecution used both X-ray images in court to show that the concealment was deliberate: the rifles were inside the backrest frames, not loose. Keep both images in the file.',
      },
      {
        by: 'Amir Hadžić',
        body: 'We can share a few reference images from a seizure of rifles hidden in washing machines. I will upload them here.',
      },
      {
        by: 'Nikola Vuković',
        to: 1,
        body: 'Good to know both images helped in court — we were worried the first reading would be used against us.',
      },
    ],
  },
  {
    category: 'balkan-stockpiles',
    language: 'en',
    title: 'Converted blank pistols moving from the region to the EU: joint analysis proposal',
    tags: ['conversion', 'joint-analysis', 'blank-pistols'],
    countries: ['BA', 'RS', 'HR', 'SI'],
    posts: [
      {
        by: 'Amir Hadžić',
        body: md`
          Converted **8 mm blank pistols** keep appearing in EU cases, with a trail leading back to workshops in our region. Each country sees a piece of the picture.

          Proposal: a **joint analysis** among the four of us, plus interested EU colleagues:

          1. share photographs of conversions (liners, drilled barrels, replaced parts);
          2. compare tool marks to link workshops;
          3. meet online once a month for three months.

          Who is in?
        `,
      },
      {
        by: 'Elira Hoxha',
        body: 'In. We have 11 converted pistols from last year with good photographs.',
      },
      {
        by: 'Vesna Trajkovska',
        body: 'As a judge I cannot take part in the analysis, but please send me the final report — it is useful background for sentencing.',
      },
      {
        by: 'Nikola Vuković',
        body: 'Customs is in. We can add the routes and the vehicles used.',
      },
      {
        by: 'Amir Hadžić',
        to: 1,
        body: 'Great. I will open a shared folder and send the invitation to the first meeting.',
      },
    ],
  },
];

// ------------------------------------------------------------------------------------------- loader

interface Person {
  id: string;
  name: string;
  principal: Principal;
}

/** A thread the loader wrote, with the ids of its posts in order. */
interface Created {
  thread: DemoThread;
  threadId: string;
  postIds: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MENTION = /@\{([^}]+)\}/g;

/** A small seeded generator, so every database gets the same shape of activity. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Groups, categories and about fifty threads, written through ThreadsService and ModerationService
 * so rendered HTML, mentions, subscriptions, read marks, revisions, flags and notifications are the
 * real ones; afterwards the timestamps are spread over the past ten weeks. Notification e-mails are
 * switched off for the demo members while loading (and their notifications stamped as e-mailed),
 * so the first start sends nothing. A thread that already exists (by title, in its category) is
 * skipped, so a load interrupted half-way can simply run again.
 */
export const discussionsDemoLoader: DemoLoader = {
  name: 'discussions-v1',
  async load(app: INestApplicationContext): Promise<void> {
    const db = app.get<DataSource>(getDataSourceToken());
    const threads = app.get(ThreadsService);
    const moderation = app.get(ModerationService);
    const now = Date.now();
    const people = await demoPeople(db);
    const person = (name: string): Person => {
      const p = people.get(name);
      if (!p) throw new Error(`discussions demo: no demo member named ${name}`);
      return p;
    };

    const groupIds = new Map<GroupSlug, string>();
    for (const g of GROUPS) {
      await db.query(
        `INSERT INTO discussion_group (slug, kind, name, description, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (slug) DO NOTHING`,
        [g.slug, g.kind, g.name, g.description, new Date(now - 80 * DAY)],
      );
      const [row] = (await db.query(`SELECT id FROM discussion_group WHERE slug = $1`, [g.slug])) as {
        id: string;
      }[];
      groupIds.set(g.slug, row!.id);
      await db.query(
        `INSERT INTO discussion_group_member (group_id, user_id, added_by, added_at)
         SELECT $1, unnest($2::uuid[]), $3, $4 ON CONFLICT DO NOTHING`,
        [row!.id, g.members.map((m) => person(m).id), person(FATOU).id, new Date(now - 75 * DAY)],
      );
    }

    const categoryIds = new Map<CategorySlug, string>();
    for (const [position, c] of CATEGORIES.entries()) {
      await db.query(
        `INSERT INTO discussion_category (slug, name, names, description, descriptions, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (slug) DO NOTHING`,
        [c.slug, c.name, c.names, c.description, c.descriptions, position * 10, new Date(now - 80 * DAY)],
      );
      const [row] = (await db.query(`SELECT id FROM discussion_category WHERE slug = $1`, [c.slug])) as {
        id: string;
      }[];
      categoryIds.set(c.slug, row!.id);
      for (const g of c.groups) {
        await db.query(
          `INSERT INTO discussion_category_group (category_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [row!.id, groupIds.get(g)],
        );
      }
    }

    /** Who can see a category: everyone, or the members of its groups. */
    const canSee = (name: string, slug: CategorySlug) => {
      const groups = CATEGORIES.find((c) => c.slug === slug)!.groups;
      return !groups.length || GROUPS.some((g) => groups.includes(g.slug) && g.members.includes(name));
    };
    const text = (body: string, slug: CategorySlug) =>
      body.replace(MENTION, (_, name: string) => {
        if (!canSee(name, slug)) throw new Error(`discussions demo: ${name} cannot see ${slug}`);
        return mentionMarkdown(name, person(name).id);
      });

    const silenced = await silenceEmails(
      db,
      [...people.values()].map((p) => p.id),
    );
    try {
      for (const [name, slug] of CATEGORY_WATCHERS) {
        await db.query(
          `INSERT INTO discussion_subscription (user_id, category_id, level, reason, created_at)
           VALUES ($1, $2, 'WATCHING', 'MANUAL', $3)
           ON CONFLICT (category_id, user_id) WHERE category_id IS NOT NULL DO NOTHING`,
          [person(name).id, categoryIds.get(slug), new Date(now - 72 * DAY)],
        );
      }

      const created: Created[] = [];
      for (const t of THREADS) {
        const categoryId = categoryIds.get(t.category)!;
        const exists: unknown[] = await db.query(
          `SELECT 1 FROM discussion_thread WHERE category_id = $1 AND title = $2`,
          [categoryId, t.title],
        );
        if (exists.length) continue;
        const [opening, ...replies] = t.posts;
        const thread = await threads.createThread(person(opening.by).principal, {
          categoryId,
          title: t.title,
          body: text(opening.body, t.category),
          tags: t.tags,
          countries: t.countries,
          caseReference: t.caseReference ?? null,
          language: t.language,
        });
        const [first] = (await db.query(`SELECT id FROM discussion_post WHERE thread_id = $1 AND seq = 1`, [
          thread.id,
        ])) as { id: string }[];
        const postIds = [first!.id];
        for (const r of replies) {
          const post = await threads.reply(person(r.by).principal, {
            threadId: thread.id,
            body: text(r.body, t.category),
            replyToPostId: r.to === undefined ? null : postIds[r.to]!,
          });
          postIds.push(post.id);
        }
        for (const [i, p] of t.posts.entries()) {
          const author = person(p.by).principal;
          if (p.editedTo) {
            await threads.edit(author, { postId: postIds[i]!, body: text(p.editedTo, t.category) });
          }
          if (p.deletedByAuthor) await threads.delete(author, postIds[i]!, null);
          if (p.hidden) {
            await threads.flag(person(p.hidden.flaggedBy).principal, postIds[i]!, p.hidden.flagReason);
            await moderation.hide(person(p.hidden.by).principal, postIds[i]!, p.hidden.reason);
          }
          for (const f of p.flags ?? []) await threads.flag(person(f.by).principal, postIds[i]!, f.reason);
        }
        if (t.pinned)
          await moderation.setPinned(person(t.pinned.by).principal, thread.id, true, t.pinned.reason);
        if (t.locked)
          await moderation.setLocked(person(t.locked.by).principal, thread.id, true, t.locked.reason);
        created.push({ thread: t, threadId: thread.id, postIds });
      }

      // The first demo member (whose login the README prints) has read some threads fully, some
      // half-way and some not at all (besides what they wrote themselves).
      const reader = person('Awa Ndiaye');
      const visible = created.filter((c) => canSee(reader.name, c.thread.category));
      for (const [i, c] of visible.entries()) {
        const last = c.postIds.length;
        if (i % 3 === 0) await threads.markRead(reader.principal, c.threadId, last);
        else if (i % 3 === 1 && last > 2)
          await threads.markRead(reader.principal, c.threadId, Math.ceil(last / 2));
      }

      await spreadOverTime(db, created, now, (name) => person(name).id);
    } finally {
      await db.query(`DELETE FROM notification_preference WHERE user_id = ANY($1::uuid[])`, [silenced]);
    }
  },
};

/** The demo members and staff of identity.demo.ts, by full name. */
async function demoPeople(db: DataSource): Promise<Map<string, Person>> {
  const rows: { id: string; email: string; full_name: string; role: Role; status: AccountStatus }[] =
    await db.query(
      `SELECT id, email, full_name, role, status FROM app_user WHERE email LIKE '%@demo.cop-portal.org'`,
    );
  return new Map(
    rows.map((u) => [
      u.full_name,
      {
        id: u.id,
        name: u.full_name,
        principal: {
          userId: u.id,
          email: u.email,
          role: u.role,
          status: u.status,
          sessionId: 'demo-data',
          sessionState: SessionState.ACTIVE,
        },
      },
    ]),
  );
}

/**
 * Turns notification e-mail off for these members while loading (for those without a preference of
 * their own), so the load queues no e-mail jobs; answers whom to turn back to the default after.
 */
async function silenceEmails(db: DataSource, userIds: string[]): Promise<string[]> {
  const rows: { user_id: string }[] = await db.query(
    `INSERT INTO notification_preference (user_id, email_mode) SELECT unnest($1::uuid[]), 'OFF'
     ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
    [userIds],
  );
  return rows.map((r) => r.user_id);
}

/**
 * Spreads what was just written over the past ten weeks: each thread opens on its day, its posts
 * follow hours or days apart (in order, the last before now), and everything that carries a time
 * — thread activity, read marks, subscriptions, revisions, removals, flags, pins, locks and
 * notifications — follows its post. Notifications count as e-mailed (nothing is sent for them).
 * Audit events keep the time they were recorded: the trail is hash-chained.
 */
async function spreadOverTime(
  db: DataSource,
  created: Created[],
  now: number,
  idOf: (name: string) => string,
): Promise<void> {
  const next = random(20_250_917);
  const postIds: string[] = [];
  const postTimes: Date[] = [];
  const at = (ms: number) => new Date(Math.min(ms, now - 60_000));
  for (const c of created) {
    const start = now - (c.thread.daysAgo ?? 2 + next() * 60) * DAY - next() * 6 * HOUR;
    const gaps = c.thread.posts.map((p, i) =>
      i === 0 ? 0 : p.deletedByAuthor ? 0.05 * HOUR : (0.5 + next() ** 2 * 60) * HOUR,
    );
    const room = now - (20 + next() * 600) * 60_000 - start;
    const total = gaps.reduce((a, b) => a + b, 0);
    const scale = total > room ? room / total : 1;
    let time = start;
    const times = gaps.map((g) => (time += g * scale));
    for (const [i, id] of c.postIds.entries()) {
      postIds.push(id);
      postTimes.push(new Date(times[i]!));
    }

    const pause = (i: number) => (i + 1 < times.length ? times[i + 1]! - times[i]! : 8 * HOUR);
    for (const [i, p] of c.thread.posts.entries()) {
      const id = c.postIds[i]!;
      if (p.editedTo) {
        const edited = at(times[i]! + pause(i) / 3);
        await db.query(`UPDATE discussion_post SET edited_at = $2 WHERE id = $1`, [id, edited]);
        await db.query(`UPDATE discussion_post_revision SET created_at = $2 WHERE post_id = $1`, [
          id,
          edited,
        ]);
      }
      if (p.deletedByAuthor) {
        await db.query(`UPDATE discussion_post SET deleted_at = $2 WHERE id = $1`, [
          id,
          at(times[i]! + 0.1 * HOUR),
        ]);
      }
      if (p.hidden) {
        const flagged = at(times[i]! + pause(i) / 4);
        const hidden = at(times[i]! + pause(i) / 2);
        await db.query(`UPDATE discussion_post SET hidden_at = $2 WHERE id = $1`, [id, hidden]);
        await db.query(`UPDATE discussion_flag SET created_at = $2, resolved_at = $3 WHERE post_id = $1`, [
          id,
          flagged,
          hidden,
        ]);
        await db.query(
          `UPDATE notification SET created_at = $2 WHERE subject_id = $1 AND kind IN ('POST_HIDDEN', 'POST_RESTORED')`,
          [id, hidden],
        );
      }
      for (const [k, f] of (p.flags ?? []).entries()) {
        await db.query(`UPDATE discussion_flag SET created_at = $3 WHERE post_id = $1 AND reporter_id = $2`, [
          id,
          idOf(f.by),
          at(times[i]! + (k + 1) * 5 * HOUR),
        ]);
      }
    }
    const last = times[times.length - 1]!;
    await db.query(
      `UPDATE discussion_thread SET pinned_at = CASE WHEN pinned_at IS NULL THEN NULL ELSE $2::timestamptz END,
         locked_at = CASE WHEN locked_at IS NULL THEN NULL ELSE $3::timestamptz END WHERE id = $1`,
      [c.threadId, at(times[0]! + HOUR), at(last + 3 * HOUR)],
    );
  }

  await db.query(
    `UPDATE discussion_post p SET created_at = v.at
     FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at) WHERE p.id = v.id`,
    [postIds, postTimes],
  );
  const threadIds = created.map((c) => c.threadId);
  await db.query(
    `UPDATE discussion_thread t SET created_at = o.created_at, last_post_at = l.created_at,
       updated_at = greatest(l.created_at, coalesce(t.locked_at, l.created_at))
     FROM discussion_post o, discussion_post l
     WHERE t.id = ANY($1::uuid[]) AND o.thread_id = t.id AND o.seq = 1 AND l.thread_id = t.id AND l.seq = t.last_seq`,
    [threadIds],
  );
  await db.query(
    `UPDATE discussion_thread_read r SET read_at = p.created_at
     FROM discussion_post p WHERE r.thread_id = ANY($1::uuid[]) AND p.thread_id = r.thread_id AND p.seq = r.last_read_seq`,
    [threadIds],
  );
  await db.query(
    `UPDATE discussion_subscription s SET created_at = coalesce(
       (SELECT min(p.created_at) FROM discussion_post p WHERE p.thread_id = s.thread_id AND p.author_id = s.user_id),
       (SELECT min(p.created_at) FROM discussion_post p JOIN discussion_mention m ON m.post_id = p.id
        WHERE p.thread_id = s.thread_id AND m.user_id = s.user_id),
       s.created_at)
     WHERE s.thread_id = ANY($1::uuid[])`,
    [threadIds],
  );
  // A notification about a post dates from the post; it is read if its reader has read that far.
  await db.query(
    `UPDATE notification n SET created_at = p.created_at, emailed_at = p.created_at,
       read_at = (SELECT r.read_at FROM discussion_thread_read r
                  WHERE r.thread_id = p.thread_id AND r.user_id = n.user_id AND r.last_read_seq >= p.seq)
     FROM discussion_post p
     WHERE n.subject_type = 'discussion_post' AND n.subject_id = p.id AND p.thread_id = ANY($1::uuid[])
       AND n.kind IN ('MENTION', 'THREAD_REPLY', 'NEW_THREAD')`,
    [threadIds],
  );
}
