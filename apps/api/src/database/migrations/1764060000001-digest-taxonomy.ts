import { type MigrationInterface, type QueryRunner } from 'typeorm';

type Names = [en: string, fr: string, es: string, ru: string, ar: string, zh: string];

/**
 * The default case-law taxonomies (moderators edit them afterwards in the portal): offences,
 * weapon types and modi operandi, named in the six UN languages, after the Firearms Protocol and
 * the cases practitioners bring. Also lets notifications tell an author that a moderator returned
 * (DIGEST_RETURNED) or published (DIGEST_PUBLISHED) their record.
 */
const TERMS: Record<'OFFENCE' | 'WEAPON' | 'MODUS', [code: string, names: Names][]> = {
  OFFENCE: [
    [
      'illicit-manufacturing',
      [
        'Illicit manufacturing',
        'Fabrication illicite',
        'Fabricación ilícita',
        'Незаконное изготовление',
        'الصنع غير المشروع',
        '非法制造',
      ],
    ],
    [
      'illicit-trafficking',
      [
        'Illicit trafficking',
        'Trafic illicite',
        'Tráfico ilícito',
        'Незаконный оборот',
        'الاتجار غير المشروع',
        '非法贩运',
      ],
    ],
    [
      'marking-offences',
      [
        'Falsifying, obliterating or removing markings',
        'Falsification, effacement ou altération des marquages',
        'Falsificación, supresión o alteración de marcas',
        'Подделка, уничтожение или изменение маркировки',
        'تزوير العلامات أو طمسها أو إزالتها',
        '伪造、涂改或除去标识',
      ],
    ],
    [
      'illicit-possession',
      [
        'Illicit possession',
        'Détention illicite',
        'Tenencia ilícita',
        'Незаконное хранение',
        'الحيازة غير المشروعة',
        '非法持有',
      ],
    ],
    [
      'conversion-reactivation',
      [
        'Conversion or reactivation',
        'Conversion ou réactivation',
        'Conversión o reactivación',
        'Переделка или восстановление оружия',
        'التحويل أو إعادة التنشيط',
        '改装或重新启用',
      ],
    ],
    [
      'diversion',
      [
        'Diversion',
        'Détournement',
        'Desvío',
        'Перенаправление в незаконный оборот',
        'تحويل المسار إلى السوق غير المشروعة',
        '转用',
      ],
    ],
    [
      'illicit-brokering',
      [
        'Illicit brokering',
        'Courtage illicite',
        'Corretaje ilícito',
        'Незаконная брокерская деятельность',
        'السمسرة غير المشروعة',
        '非法中间商活动',
      ],
    ],
    [
      'unauthorized-transfer',
      [
        'Export, import or transit without authorization',
        'Exportation, importation ou transit sans autorisation',
        'Exportación, importación o tránsito sin autorización',
        'Экспорт, импорт или транзит без разрешения',
        'التصدير أو الاستيراد أو العبور دون إذن',
        '未经许可的出口、进口或过境',
      ],
    ],
    [
      'organized-crime-participation',
      [
        'Participation in an organized criminal group',
        'Participation à un groupe criminel organisé',
        'Participación en un grupo delictivo organizado',
        'Участие в организованной преступной группе',
        'المشاركة في جماعة إجرامية منظمة',
        '参加有组织犯罪集团',
      ],
    ],
    [
      'terrorism-related',
      [
        'Terrorism-related offence',
        'Infraction liée au terrorisme',
        'Delito relacionado con el terrorismo',
        'Преступление, связанное с терроризмом',
        'جريمة متصلة بالإرهاب',
        '与恐怖主义有关的犯罪',
      ],
    ],
    [
      'money-laundering',
      [
        'Money laundering',
        'Blanchiment d’argent',
        'Blanqueo de dinero',
        'Отмывание денег',
        'غسل الأموال',
        '洗钱',
      ],
    ],
  ],
  WEAPON: [
    [
      'handguns',
      ['Handguns', 'Armes de poing', 'Armas cortas', 'Короткоствольное оружие', 'المسدسات', '手枪'],
    ],
    [
      'rifles',
      [
        'Rifles and carbines',
        'Fusils et carabines',
        'Fusiles y carabinas',
        'Винтовки и карабины',
        'البنادق والقربينات',
        '步枪和卡宾枪',
      ],
    ],
    [
      'shotguns',
      ['Shotguns', 'Fusils à canon lisse', 'Escopetas', 'Гладкоствольные ружья', 'بنادق الخرطوش', '霰弹枪'],
    ],
    [
      'automatic-weapons',
      [
        'Automatic weapons',
        'Armes automatiques',
        'Armas automáticas',
        'Автоматическое оружие',
        'الأسلحة الأوتوماتيكية',
        '自动武器',
      ],
    ],
    [
      'converted-alarm-weapons',
      [
        'Converted alarm or blank-firing weapons',
        'Armes d’alarme ou à blanc converties',
        'Armas de alarma o de fogueo convertidas',
        'Переделанное сигнальное или холостое оружие',
        'أسلحة الإنذار أو الطلقات الفارغة المحوّلة',
        '改装的警报枪或空包弹枪',
      ],
    ],
    [
      'reactivated-weapons',
      [
        'Reactivated deactivated weapons',
        'Armes neutralisées réactivées',
        'Armas inutilizadas reactivadas',
        'Восстановленное охолощённое оружие',
        'الأسلحة المعطّلة المعاد تنشيطها',
        '重新启用的已停用武器',
      ],
    ],
    [
      'privately-made-firearms',
      [
        '3D-printed or privately made firearms',
        'Armes imprimées en 3D ou de fabrication artisanale',
        'Armas impresas en 3D o de fabricación casera',
        'Оружие кустарного изготовления или напечатанное на 3D-принтере',
        'الأسلحة المطبوعة بتقنية ثلاثية الأبعاد أو المصنوعة يدويًا',
        '3D打印或私制枪支',
      ],
    ],
    [
      'light-weapons',
      ['Light weapons', 'Armes légères', 'Armas ligeras', 'Лёгкие вооружения', 'الأسلحة الخفيفة', '轻武器'],
    ],
    [
      'parts-components',
      [
        'Parts and components',
        'Pièces et éléments',
        'Piezas y componentes',
        'Части и компоненты',
        'الأجزاء والمكونات',
        '零部件',
      ],
    ],
    ['ammunition', ['Ammunition', 'Munitions', 'Municiones', 'Боеприпасы', 'الذخيرة', '弹药']],
  ],
  MODUS: [
    [
      'postal-parcels',
      [
        'Postal and express-courier parcels',
        'Colis postaux et envois express',
        'Paquetes postales y de mensajería urgente',
        'Почтовые и курьерские отправления',
        'الطرود البريدية وطرود البريد السريع',
        '邮政和快递包裹',
      ],
    ],
    [
      'parts-shipped-separately',
      [
        'Parts and components shipped separately',
        'Pièces et éléments expédiés séparément',
        'Piezas y componentes enviados por separado',
        'Раздельная пересылка частей и компонентов',
        'شحن الأجزاء والمكونات بشكل منفصل',
        '零部件分开寄送',
      ],
    ],
    [
      'vehicle-concealment',
      [
        'Concealment in vehicles',
        'Dissimulation dans des véhicules',
        'Ocultación en vehículos',
        'Сокрытие в транспортных средствах',
        'الإخفاء في المركبات',
        '藏匿于车辆',
      ],
    ],
    [
      'container-concealment',
      [
        'Concealment in containers and cargo',
        'Dissimulation dans des conteneurs et du fret',
        'Ocultación en contenedores y carga',
        'Сокрытие в контейнерах и грузах',
        'الإخفاء في الحاويات والبضائع',
        '藏匿于集装箱和货物',
      ],
    ],
    [
      'online-darknet-sales',
      [
        'Online and darknet sales',
        'Ventes en ligne et sur le darknet',
        'Ventas en línea y en la darknet',
        'Продажа через интернет и даркнет',
        'البيع عبر الإنترنت والشبكة المظلمة',
        '网上和暗网销售',
      ],
    ],
    [
      'straw-purchases',
      [
        'Straw purchases',
        'Achats par prête-nom',
        'Compras a través de testaferros',
        'Покупка через подставных лиц',
        'الشراء عن طريق وسطاء صوريين',
        '借他人名义购买',
      ],
    ],
    [
      'stockpile-diversion',
      [
        'Diversion from legal stockpiles or licensed dealers',
        'Détournement de stocks légaux ou d’armuriers agréés',
        'Desvío de arsenales legales o de comerciantes autorizados',
        'Утечка из законных запасов или от лицензированных торговцев',
        'التسريب من المخزونات المشروعة أو من التجار المرخّصين',
        '从合法库存或持证经销商处转用',
      ],
    ],
    [
      'conversion',
      [
        'Conversion of alarm, blank-firing or deactivated weapons',
        'Conversion d’armes d’alarme, à blanc ou neutralisées',
        'Conversión de armas de alarma, de fogueo o inutilizadas',
        'Переделка сигнального, холостого или охолощённого оружия',
        'تحويل أسلحة الإنذار أو الطلقات الفارغة أو الأسلحة المعطّلة',
        '改装警报枪、空包弹枪或已停用武器',
      ],
    ],
    [
      'reactivation',
      [
        'Reactivation of deactivated weapons',
        'Réactivation d’armes neutralisées',
        'Reactivación de armas inutilizadas',
        'Восстановление охолощённого оружия',
        'إعادة تنشيط الأسلحة المعطّلة',
        '重新启用已停用武器',
      ],
    ],
    [
      'private-manufacture',
      [
        'Private manufacture and 3D printing',
        'Fabrication artisanale et impression 3D',
        'Fabricación casera e impresión 3D',
        'Кустарное изготовление и 3D-печать',
        'التصنيع الخاص والطباعة ثلاثية الأبعاد',
        '私自制造和3D打印',
      ],
    ],
    [
      'ant-trade',
      [
        'Ant trade across land borders',
        'Trafic de fourmi aux frontières terrestres',
        'Tráfico hormiga en fronteras terrestres',
        '«Муравьиная» контрабанда через сухопутные границы',
        'التهريب بكميات صغيرة متكررة عبر الحدود البرية',
        '跨陆地边界“蚂蚁搬家”式走私',
      ],
    ],
    [
      'storage-theft',
      [
        'Theft from storage facilities',
        'Vol dans des dépôts',
        'Robo en depósitos',
        'Хищение со складов',
        'السرقة من مرافق التخزين',
        '从储存设施盗窃',
      ],
    ],
  ],
};

const LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
const BASE_KINDS = `'MENTION', 'THREAD_REPLY', 'NEW_THREAD', 'POST_HIDDEN', 'POST_RESTORED', 'JIT_REQUEST_DUE'`;

export class DigestTaxonomy1764060000001 implements MigrationInterface {
  name = 'DigestTaxonomy1764060000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [kind, terms] of Object.entries(TERMS)) {
      for (const [position, [code, names]] of terms.entries()) {
        const named = Object.fromEntries(LANGS.map((lang, i) => [lang, names[i]]));
        await q.query(
          `INSERT INTO digest_term (kind, code, names, position) VALUES ($1, $2, $3, $4)
           ON CONFLICT (kind, code) DO NOTHING`,
          [kind, code, JSON.stringify(named), position * 10],
        );
      }
    }
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
      CHECK (kind IN (${BASE_KINDS}, 'DIGEST_RETURNED', 'DIGEST_PUBLISHED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('DIGEST_RETURNED', 'DIGEST_PUBLISHED')`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BASE_KINDS}))`,
    );
    for (const [kind, terms] of Object.entries(TERMS)) {
      await q.query(`DELETE FROM digest_term WHERE kind = $1 AND code = ANY($2::text[])`, [
        kind,
        terms.map(([code]) => code),
      ]);
    }
  }
}
