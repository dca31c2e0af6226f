import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { AccountStatus, type FocalPointAuthority, type PractitionerType, Role } from '@cop/contracts';
import { generateSecret } from 'otplib';
import type { Repository } from 'typeorm';
import { SECRET_KEY, SecretBox } from '../common/crypto/secret-box.js';
import type { DemoLoader, DemoLogin } from '../database/demo/demo-loader.js';
import { FocalPointEntity } from './entities/focal-point.entity.js';
import { MembershipApplicationEntity } from './entities/membership-application.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { PasswordService } from './password.service.js';

type Person = [
  fullName: string,
  country: string,
  type: PractitionerType,
  institution: string,
  position: string,
  languages: string[],
  expertise: string[],
];

/** Synthetic people and institutions, written for this project. Any likeness is accidental. */
const MEMBERS: Person[] = [
  [
    'Awa Ndiaye',
    'SN',
    'PROSECUTOR',
    'Parquet du Tribunal de grande instance de Dakar',
    'Substitut du procureur',
    ['fr', 'wo', 'en'],
    ['trafficking-routes', 'mutual-legal-assistance'],
  ],
  [
    'Koffi Mensah-Bamba',
    'CI',
    'INVESTIGATOR',
    'Direction de la police criminelle, Abidjan',
    'Commissaire',
    ['fr', 'en'],
    ['marking-and-tracing', 'ballistics'],
  ],
  [
    'Abena Owusu-Darko',
    'GH',
    'CUSTOMS',
    'Customs Division, Tema Port',
    'Senior revenue officer',
    ['en', 'tw'],
    ['border-and-customs-controls', 'parcel-and-postal'],
  ],
  [
    'Issoufou Garba',
    'NE',
    'JUDGE',
    'Tribunal de grande instance hors classe de Niamey',
    "Juge d'instruction",
    ['fr', 'ha'],
    ['terrorism', 'organized-crime'],
  ],
  [
    'Mariam Traoré',
    'ML',
    'PROSECUTOR',
    'Pôle judiciaire spécialisé, Bamako',
    'Procureure adjointe',
    ['fr', 'bm'],
    ['terrorism', 'trafficking-routes'],
  ],
  [
    'Yao Agbeko',
    'TG',
    'FIREARMS_CONTROL_AUTHORITY',
    'Commission nationale de lutte contre la prolifération des ALPC',
    'Secrétaire permanent',
    ['fr', 'ee'],
    ['stockpile-management', 'marking-and-tracing'],
  ],
  [
    'Rachidatou Adékambi',
    'BJ',
    'ANALYST',
    'Office central de répression du trafic illicite',
    'Analyste criminelle',
    ['fr', 'yo'],
    ['financial-investigation', 'darknet-and-online'],
  ],
  [
    'Hissein Abakar',
    'TD',
    'INVESTIGATOR',
    'Gendarmerie nationale, N’Djamena',
    'Capitaine',
    ['fr', 'ar'],
    ['trafficking-routes', 'border-and-customs-controls'],
  ],
  [
    'Mohamed Lemine Sidi',
    'MR',
    'CUSTOMS',
    'Direction générale des douanes, Nouakchott',
    'Inspecteur principal',
    ['ar', 'fr'],
    ['border-and-customs-controls'],
  ],
  [
    'Salimata Ouattara',
    'BF',
    'PROSECUTOR',
    'Tribunal de grande instance de Bobo-Dioulasso',
    'Procureure du Faso',
    ['fr', 'dy'],
    ['mutual-legal-assistance', 'joint-investigation-teams'],
  ],
  [
    'Lucía Ferreyra',
    'AR',
    'PROSECUTOR',
    'Fiscalía Federal de Rosario',
    'Fiscal federal',
    ['es', 'en'],
    ['trafficking-routes', 'conversion-and-reactivation'],
  ],
  [
    'Rafael Nogueira Lima',
    'BR',
    'INVESTIGATOR',
    'Polícia Federal, Foz do Iguaçu',
    'Delegado',
    ['pt', 'es'],
    ['border-and-customs-controls', 'brokering'],
  ],
  [
    'Camila Soto Reyes',
    'CL',
    'JUDGE',
    'Juzgado de Garantía de Arica',
    'Jueza',
    ['es'],
    ['special-investigative-techniques'],
  ],
  [
    'Andrés Felipe Gómez',
    'CO',
    'ANALYST',
    'Fiscalía General de la Nación, Bogotá',
    'Analista de armas',
    ['es', 'en'],
    ['marking-and-tracing', 'financial-investigation'],
  ],
  [
    'Daniela Vargas Mora',
    'CR',
    'FIREARMS_CONTROL_AUTHORITY',
    'Dirección General de Armamento',
    'Jefa de registro',
    ['es'],
    ['stockpile-management', 'marking-and-tracing'],
  ],
  [
    'Esteban Quishpe',
    'EC',
    'CUSTOMS',
    'Servicio Nacional de Aduana, Guayaquil',
    'Oficial de inteligencia aduanera',
    ['es', 'qu'],
    ['parcel-and-postal', 'border-and-customs-controls'],
  ],
  [
    'Marisol Hernández',
    'SV',
    'PROSECUTOR',
    'Fiscalía General de la República',
    'Fiscal auxiliar',
    ['es'],
    ['organized-crime', 'trafficking-routes'],
  ],
  [
    'Kevin Castillo',
    'PA',
    'INVESTIGATOR',
    'Dirección de Investigación Judicial',
    'Subcomisionado',
    ['es', 'en'],
    ['darknet-and-online', 'privately-made-firearms'],
  ],
  [
    'Rosa Benítez',
    'PY',
    'JUDGE',
    'Tribunal de Sentencia de Ciudad del Este',
    'Jueza penal',
    ['es', 'gn'],
    ['brokering', 'organized-crime'],
  ],
  [
    'José Huamán Quispe',
    'PE',
    'OTHER',
    'Superintendencia Nacional de Control de Armas (SUCAMEC)',
    'Asesor legal',
    ['es', 'qu'],
    ['illicit-manufacturing'],
  ],
  [
    'Yolanda Peña',
    'DO',
    'PROSECUTOR',
    'Procuraduría Especializada contra el Crimen Organizado',
    'Procuradora fiscal',
    ['es', 'en'],
    ['parcel-and-postal'],
  ],
  [
    'Marcus Joseph',
    'LC',
    'CUSTOMS',
    'Customs and Excise Department, Castries',
    'Senior customs officer',
    ['en'],
    ['parcel-and-postal', 'border-and-customs-controls'],
  ],
  [
    'Aigerim Sadykova',
    'KZ',
    'PROSECUTOR',
    'General Prosecutor’s Office, Astana',
    'Senior prosecutor',
    ['kk', 'ru', 'en'],
    ['mutual-legal-assistance', 'extradition'],
  ],
  [
    'Bakyt Usenov',
    'KG',
    'INVESTIGATOR',
    'Ministry of Internal Affairs, Bishkek',
    'Major',
    ['ky', 'ru'],
    ['trafficking-routes'],
  ],
  [
    'Farrukh Nazarov',
    'TJ',
    'CUSTOMS',
    'Customs Service, Dushanbe',
    'Inspector',
    ['tg', 'ru'],
    ['border-and-customs-controls'],
  ],
  [
    'Dilnoza Karimova',
    'UZ',
    'ANALYST',
    'Department for Combating Economic Crimes',
    'Lead analyst',
    ['uz', 'ru', 'en'],
    ['financial-investigation'],
  ],
  [
    'Merdan Atayev',
    'TM',
    'FIREARMS_CONTROL_AUTHORITY',
    'State Service for Licensing',
    'Head of section',
    ['tk', 'ru'],
    ['stockpile-management'],
  ],
  [
    'Elira Hoxha',
    'AL',
    'PROSECUTOR',
    'Special Prosecution Office against Corruption and Organized Crime',
    'Prosecutor',
    ['sq', 'en', 'it'],
    ['joint-investigation-teams', 'conversion-and-reactivation'],
  ],
  [
    'Amir Hadžić',
    'BA',
    'INVESTIGATOR',
    'State Investigation and Protection Agency',
    'Inspector',
    ['bs', 'en'],
    ['conversion-and-reactivation', 'special-investigative-techniques'],
  ],
  [
    'Vesna Trajkovska',
    'MK',
    'JUDGE',
    'Basic Criminal Court Skopje',
    'Judge',
    ['mk', 'en'],
    ['organized-crime'],
  ],
  [
    'Nikola Vuković',
    'ME',
    'CUSTOMS',
    'Customs Administration, Bar',
    'Senior officer',
    ['sr', 'en'],
    ['border-and-customs-controls'],
  ],
  [
    'Ion Rusu',
    'MD',
    'PROSECUTOR',
    'Prosecutor’s Office for Combating Organized Crime',
    'Prosecutor',
    ['ro', 'ru', 'en'],
    ['trafficking-routes', 'joint-investigation-teams'],
  ],
  [
    'Olena Bondarenko',
    'UA',
    'ANALYST',
    'National Police of Ukraine, Kyiv',
    'Senior analyst',
    ['uk', 'en'],
    ['marking-and-tracing', 'privately-made-firearms'],
  ],
  [
    'Zainab Al-Jubouri',
    'IQ',
    'JUDGE',
    'Federal Court of Cassation, Baghdad',
    'Investigative judge',
    ['ar', 'en'],
    ['terrorism', 'extradition'],
  ],
  [
    'Bilal Qureshi',
    'PK',
    'INVESTIGATOR',
    'Federal Investigation Agency, Karachi',
    'Deputy director',
    ['ur', 'en'],
    ['illicit-manufacturing', 'parcel-and-postal'],
  ],
];

const STAFF: { role: Role; person: Person }[] = [
  {
    role: Role.ADMIN,
    person: [
      'Hélène Marchetti',
      'FR',
      'OTHER',
      'CoP Secretariat',
      'Portal administrator',
      ['fr', 'en', 'es'],
      [],
    ],
  },
  {
    role: Role.MODERATOR,
    person: [
      'Fatou Diallo-Sy',
      'SN',
      'PROSECUTOR',
      'CoP Secretariat, West Africa desk',
      'Regional moderator',
      ['fr', 'en'],
      ['joint-investigation-teams'],
    ],
  },
  {
    role: Role.MODERATOR,
    person: [
      'Diego Álvarez Ruiz',
      'CO',
      'ANALYST',
      'CoP Secretariat, Latin America desk',
      'Regional moderator and digest editor',
      ['es', 'en', 'pt'],
      ['marking-and-tracing'],
    ],
  },
];

const FOCAL: [memberIndex: number, authority: FocalPointAuthority, hours: string][] = [
  [0, 'MLA_CENTRAL_AUTHORITY', 'Mon–Fri 08:00–16:00 GMT'],
  [5, 'NATIONAL_FIREARMS_COMMISSION', 'Mon–Fri 07:30–15:30 GMT'],
  [10, 'EXTRADITION_AUTHORITY', 'Mon–Fri 09:00–18:00 ART'],
  [14, 'FIREARMS_PROTOCOL_COMPETENT_AUTHORITY', 'Mon–Fri 08:00–16:00 CST'],
  [22, 'MLA_CENTRAL_AUTHORITY', 'Mon–Fri 09:00–18:00 (UTC+5)'],
  [27, 'TRACING_CONTACT_POINT', 'Mon–Fri 08:00–16:00 CET'],
  [31, 'MLA_CENTRAL_AUTHORITY', 'Mon–Fri 08:00–17:00 EET'],
];

const APPLICANTS: { person: Person; status: AccountStatus; motivation: string; voucher?: number }[] = [
  {
    person: [
      'Oumar Sangaré',
      'ML',
      'INVESTIGATOR',
      'Brigade d’investigations spécialisées, Mopti',
      'Lieutenant',
      ['fr', 'bm'],
      ['trafficking-routes'],
    ],
    status: AccountStatus.PENDING,
    motivation:
      'I lead investigations into weapons moved by motorbike convoys along the Niger river and need contacts in neighbouring countries.',
    voucher: 4,
  },
  {
    person: [
      'Gabriela Ortiz',
      'PE',
      'PROSECUTOR',
      'Fiscalía Provincial de Tumbes',
      'Fiscal adjunta',
      ['es'],
      ['border-and-customs-controls'],
    ],
    status: AccountStatus.PENDING,
    motivation:
      'Tenemos casos de armas ingresadas por la frontera norte en encomiendas; busco buenas prácticas sobre entregas vigiladas.',
  },
  {
    person: [
      'Timur Abenov',
      'KZ',
      'CUSTOMS',
      'State Revenue Committee, Khorgos',
      'Inspector',
      ['kk', 'ru'],
      ['parcel-and-postal'],
    ],
    status: AccountStatus.EMAIL_UNCONFIRMED,
    motivation:
      'Interested in exchanging on X-ray detection of firearm parts in rail freight between Central Asia and China.',
  },
];

function email(fullName: string, domain: string): string {
  const ascii = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase();
  return `${ascii.replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@${domain}`;
}

/**
 * The demo community: an administrator, two moderators, 35 members in 35 countries covering every
 * practitioner type, national focal points, a suspended member and three applications in the
 * vetting queue. Staff have TOTP (their secrets are printed once with the logins).
 */
export const identityDemoLoader: DemoLoader = {
  name: 'identity:community-v1',
  async load(app: INestApplicationContext): Promise<DemoLogin[]> {
    const users = app.get<Repository<UserEntity>>(getRepositoryToken(UserEntity));
    const applications = app.get<Repository<MembershipApplicationEntity>>(
      getRepositoryToken(MembershipApplicationEntity),
    );
    const focalPoints = app.get<Repository<FocalPointEntity>>(getRepositoryToken(FocalPointEntity));
    const passwords = app.get(PasswordService);
    const box = new SecretBox(app.get<Buffer>(SECRET_KEY));
    const memberPassword = `demo ${randomBytes(4).toString('hex')} member passphrase`;
    const memberHash = await passwords.hash(memberPassword);
    const logins: DemoLogin[] = [];

    const make = (p: Person, extra: Partial<UserEntity>) =>
      users.create({
        fullName: p[0],
        country: p[1],
        practitionerType: p[2],
        institution: p[3],
        position: p[4],
        languages: p[5],
        expertise: p[6],
        email: email(p[0], 'demo.cop-portal.org'),
        locale:
          p[5].includes('fr') && p[1] !== 'FR'
            ? 'fr'
            : p[5].includes('es')
              ? 'es'
              : p[5].includes('ru')
                ? 'ru'
                : p[5][0] === 'ar'
                  ? 'ar'
                  : 'en',
        status: AccountStatus.ACTIVE,
        ...extra,
      });

    for (const { role, person } of STAFF) {
      const password = `demo ${randomBytes(5).toString('hex')} ${role.toLowerCase()}`;
      const secret = generateSecret();
      const user = await users.save(
        make(person, {
          role,
          passwordHash: await passwords.hash(password),
          totpSecret: box.seal(JSON.stringify({ active: secret })),
          totpEnabledAt: new Date(),
          bio:
            role === Role.ADMIN
              ? 'Runs the portal for the Community of Practitioners.'
              : 'Vets applications and curates the case-law digest.',
        }),
      );
      logins.push({ role, email: user.email, password, note: `TOTP secret ${secret}` });
    }

    const saved: UserEntity[] = [];
    for (const [i, person] of MEMBERS.entries()) {
      saved.push(
        await users.save(
          make(person, {
            passwordHash: memberHash,
            status: i === MEMBERS.length - 1 ? AccountStatus.SUSPENDED : AccountStatus.ACTIVE,
            bio: `${person[4]} at ${person[3]}. Working languages: ${person[5].join(', ')}.`,
          }),
        ),
      );
    }
    logins.push({
      role: 'MEMBER',
      email: saved[0]!.email,
      password: memberPassword,
      note: `the same password for all ${MEMBERS.length} demo members`,
    });

    for (const [index, authority, hours] of FOCAL) {
      await focalPoints.save(
        focalPoints.create({
          userId: saved[index]!.id,
          country: saved[index]!.country!,
          authority,
          contactHours: hours,
        }),
      );
    }

    for (const applicant of APPLICANTS) {
      const user = await users.save(
        make(applicant.person, {
          status: applicant.status,
          email: email(applicant.person[0], 'example.org'),
        }),
      );
      await applications.insert({
        userId: user.id,
        motivation: applicant.motivation,
        voucherEmail: applicant.voucher !== undefined ? saved[applicant.voucher]!.email : null,
        emailConfirmedAt: applicant.status === AccountStatus.PENDING ? new Date() : null,
      });
    }
    return logins;
  },
};
