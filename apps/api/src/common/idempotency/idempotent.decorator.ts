import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT = 'bei:idempotent';

/** Honours `Idempotency-Key` on a creating POST (see IdempotencyInterceptor). */
export const Idempotent = () => SetMetadata(IDEMPOTENT, true);
