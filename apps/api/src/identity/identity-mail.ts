import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { isLanguageCode, LANGUAGES, type LanguageCode, type Role } from '@cop/contracts';
import i18next, { type i18n } from 'i18next';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { MailService } from '../notifications/mail.service.js';

type Template = 'confirmEmail' | 'approved' | 'rejected' | 'invitation' | 'passwordReset' | 'lockout';

const resources = Object.fromEntries(
  LANGUAGES.map(({ code }) => [
    code,
    {
      mail: JSON.parse(readFileSync(join(import.meta.dirname, 'locales', `${code}.json`), 'utf8')) as object,
    },
  ]),
);

/**
 * The identity domain's e-mails, in the recipient's language (i18next, six languages), queued
 * through notifications/ so a failed send is retried.
 */
@Injectable()
export class IdentityMail {
  private readonly i18n: i18n;

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources,
      fallbackLng: 'en',
      defaultNS: 'mail',
      ns: ['mail'],
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  link(path: string, token: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}${path}?token=${encodeURIComponent(token)}`;
  }

  async send(
    to: { email: string; fullName: string; locale?: string | null },
    template: Template,
    vars: {
      link?: string;
      reason?: string;
      inviter?: string;
      role?: Role;
      count?: number;
      minutes?: number;
    } = {},
  ): Promise<void> {
    const lng: LanguageCode = isLanguageCode(to.locale) ? to.locale : 'en';
    const t = this.i18n.getFixedT(lng, 'mail');
    const role = vars.role ? t(`roles.${vars.role}`) : '';
    const body = t(`${template}.body`, { ...vars, role });
    const text = [
      t('greeting', { name: to.fullName }),
      '',
      body,
      '',
      template === 'passwordReset' || template === 'confirmEmail' ? t('ignore') : '',
      t('signature'),
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n');
    await this.mail.send({ to: to.email, subject: t(`${template}.subject`), text });
  }
}
