// Every TypeORM entity. A new entity is added here and gets a migration.
import { ApplicationEntity, ApplicationMessageEntity } from '../modules/applications/application.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { CategoryEntity } from '../modules/discussions/category.entity';
import { AuthTokenEntity } from '../modules/auth/auth-token.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';

export const ENTITIES = [
  MemberEntity,
  SessionEntity,
  AuthTokenEntity,
  AuditLogEntity,
  NotificationEntity,
  ApplicationEntity,
  ApplicationMessageEntity,
  CategoryEntity,
];
