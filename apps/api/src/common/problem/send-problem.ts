import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendSpaIndexIfWanted } from '../../web/spa-fallback';
import { PROBLEM_CONTENT_TYPE } from './problem-catalog';
import { toProblem } from './to-problem';

/** Renders an error as problem+json; shared by the Nest filter and Fastify's own error handler. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error);
  if (problem.status === 404 && sendSpaIndexIfWanted(request, reply)) return;
  if (problem.internal) {
    request.log.error({ err: error, reqId: request.id }, 'unhandled error');
  }
  if (reply.sent) return;
  const path = request.url.split('?')[0];
  reply
    .status(problem.status)
    .headers(problem.headers)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem.body, instance: path, requestId: request.id }));
}
