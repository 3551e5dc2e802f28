import { AuditEventEntity } from '../audit/audit-event.entity';
import { UserEntity } from '../users/user.entity';

/** Every TypeORM entity; listed explicitly for the app, the CLI and the tests alike. */
export const entities = [UserEntity, AuditEventEntity];
