import 'i18next';
import type admin from './locales/en/admin.json';
import type auth from './locales/en/auth.json';
import type common from './locales/en/common.json';
import type digest from './locales/en/digest.json';
import type discussions from './locales/en/discussions.json';
import type e2e from './locales/en/e2e.json';
import type files from './locales/en/files.json';
import type members from './locales/en/members.json';
import type jit from './locales/en/jit.json';
import type messaging from './locales/en/messaging.json';
import type notifications from './locales/en/notifications.json';

/**
 * Translation keys are typed from the English files: one line per namespace. `common` is bundled;
 * every other namespace is fetched with the page that uses it (`useTranslation('auth')`).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      auth: typeof auth;
      members: typeof members;
      admin: typeof admin;
      discussions: typeof discussions;
      notifications: typeof notifications;
      files: typeof files;
      messaging: typeof messaging;
      jit: typeof jit;
      digest: typeof digest;
      e2e: typeof e2e;
    };
  }
}
