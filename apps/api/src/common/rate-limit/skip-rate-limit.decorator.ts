import { SetMetadata } from '@nestjs/common';

export const SKIP_RATE_LIMIT = 'bei:skipRateLimit';

/** For probes (health checks) that a load balancer calls constantly. */
export const SkipRateLimit = () => SetMetadata(SKIP_RATE_LIMIT, true);
