import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationEntity } from './notification.entity.js';

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationPreferenceEntity];
