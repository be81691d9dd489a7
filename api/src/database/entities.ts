// Every TypeORM entity. A new entity is added here and gets a migration.
import { MemberEntity } from '../modules/members/member.entity';

export const ENTITIES = [MemberEntity];
