import type { FastifyInstance } from 'fastify';
import { runWithRequestContext } from '../context/request-context';

/**
 * Per-request plumbing: the audit/actor context (opened after the body is parsed, which would
 * otherwise lose it), the X-Request-Id echo, and one log line per request with the route template
 * (never the query string, which may hold personal data).
 */
export function registerRequestHooks(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    runWithRequestContext(request.id, request.ip, done);
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        reqId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
