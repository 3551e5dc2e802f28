import { Foundation1764072000000 } from './1764072000000-Foundation';
import { Customers1764158400000 } from './1764158400000-Customers';
import { Orders1764244800000 } from './1764244800000-Orders';
import { Consent1764331200000 } from './1764331200000-Consent';
import { AuditCheckpoints1764417600000 } from './1764417600000-AuditCheckpoints';
import { PrivacyRequests1764504000000 } from './1764504000000-PrivacyRequests';
import { ApiClients1764590400000 } from './1764590400000-ApiClients';
import { Webhooks1764676800000 } from './1764676800000-Webhooks';

/** Every migration in order; listed explicitly so the build and the tests load the same set. */
export const migrations = [
  Foundation1764072000000,
  Customers1764158400000,
  Orders1764244800000,
  Consent1764331200000,
  AuditCheckpoints1764417600000,
  PrivacyRequests1764504000000,
  ApiClients1764590400000,
  Webhooks1764676800000,
];
