import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { EMAIL_MODES, type EmailMode } from '../notification-kinds.js';
import { NotificationEmailModeEnum } from './notification.type.js';

@InputType()
export class NotificationPreferencesInput {
  @Field(() => NotificationEmailModeEnum)
  @IsIn(EMAIL_MODES)
  emailMode!: EmailMode;
}
