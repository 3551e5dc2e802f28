import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

let indexHtml: string | null = null;

/** Remembers the built SPA's index.html for history-mode routes such as /users/123. */
export function loadSpaIndex(webDistDir: string): boolean {
  const file = path.join(webDistDir, 'index.html');
  indexHtml = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  return indexHtml !== null;
}

/** A browser navigating to a client-side route gets index.html; API paths keep their JSON 404. */
export function sendSpaIndexIfWanted(request: FastifyRequest, reply: FastifyReply): boolean {
  const path = request.url.split('?')[0];
  const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
  if (!indexHtml || request.method !== 'GET' || !wantsHtml || /^\/(api|health)(\/|$)/.test(path))
    return false;
  reply
    .status(200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .send(indexHtml);
  return true;
}
