import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from '../common/problem/problem.dto';
import { convertNullableToOpenApi31 } from './to-openapi-31';

/** The published OpenAPI document; operation ids are the controller method names. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('BEI Hub API')
    .setDescription(
      'Customers, orders, consent and data-subject rights for PT Bina Estetika Indonesia. ' +
        'Errors are RFC 9457 problem+json; lists use keyset cursors; creating POSTs honour Idempotency-Key; ' +
        'PATCH needs If-Match. See docs/integrators.md.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth(
      'bei_refresh',
      { type: 'apiKey', in: 'cookie', name: 'bei_refresh' },
      'refreshCookie',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto],
    operationIdFactory: (_controller, method) => method,
  });
  convertNullableToOpenApi31(document);
  return document;
}
