import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, type Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { canonicalJson } from '../../audit/audit-hash';
import { currentContext } from '../context/request-context';
import { DomainError, ValidationFailedError } from '../problem/domain-errors';
import { IDEMPOTENT } from './idempotent.decorator';
import { IdempotencyRepository } from './idempotency.repository';

const REPLAYED_HEADERS = ['location', 'etag'];
/** An in-flight claim older than this was left by a crashed request and may be taken over. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Stripe-style idempotency: the same key and body within 24 h replays the first response byte for
 * byte (`Idempotent-Replayed: true`); another body → 422; the first still running → 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly records: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined) return next.handle();
    if (key.length === 0 || key.length > 255) {
      throw new ValidationFailedError([
        { field: 'Idempotency-Key', message: 'must be 1 to 255 characters' },
      ]);
    }
    const actor = currentContext().actor;
    const principal = `${actor.type}:${actor.id ?? request.ip}`;
    const path = request.url.split('?')[0];
    const requestHash = createHash('sha256')
      .update(`${request.method} ${path}\n${canonicalJson((request.body ?? null) as never)}`)
      .digest('hex');

    return from(this.begin(principal, key, request.method, path, requestHash)).pipe(
      mergeMap((replay) => {
        if (replay) {
          reply.status(replay.status).headers(replay.headers).header('Idempotent-Replayed', 'true');
          reply.header('content-type', 'application/json; charset=utf-8');
          return of(replay.body);
        }
        return next.handle().pipe(
          mergeMap(async (result) => {
            const body = JSON.stringify(result);
            const headers = Object.fromEntries(
              REPLAYED_HEADERS.flatMap((name) =>
                reply.hasHeader(name) ? [[name, String(reply.getHeader(name))]] : [],
              ),
            );
            await this.records.complete(principal, key, reply.statusCode, headers, body);
            reply.header('content-type', 'application/json; charset=utf-8');
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.records.release(principal, key);
            throw error;
          }),
        );
      }),
    );
  }

  private async begin(
    principal: string,
    key: string,
    method: string,
    path: string,
    requestHash: string,
  ) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (await this.records.claim(principal, key, method, path, requestHash)) return null;
      const existing = await this.records.find(principal, key);
      if (!existing) continue;
      if (existing.request_hash !== requestHash) {
        throw new DomainError(
          'idempotency-key-reused',
          'This Idempotency-Key was used with a different request.',
        );
      }
      if (existing.state === 'completed') {
        return {
          status: existing.response_status ?? 200,
          headers: existing.response_headers ?? {},
          body: existing.response_body ?? '',
        };
      }
      if (Date.now() - existing.created_at.getTime() < ABANDONED_AFTER_MS) {
        throw new DomainError(
          'idempotency-request-in-flight',
          'A request with this Idempotency-Key is still in progress.',
        );
      }
      await this.records.release(principal, key);
    }
    throw new DomainError(
      'idempotency-request-in-flight',
      'A request with this Idempotency-Key is still in progress.',
    );
  }
}
