import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

let indexFile: string | null = null;

/** Finds the built SPA's index.html for history-mode routes such as /users/123. */
export function loadSpaIndex(webDistDir: string): boolean {
  const file = path.join(webDistDir, 'index.html');
  indexFile = fs.existsSync(file) ? file : null;
  return indexFile !== null;
}

/** Read per request (it is small), so a rebuilt SPA is served without a restart. */
function readIndex(): string | null {
  try {
    return indexFile ? fs.readFileSync(indexFile, 'utf8') : null;
  } catch {
    return null;
  }
}

/** A browser navigating to a client-side route gets index.html; API paths keep their JSON 404. */
export function sendSpaIndexIfWanted(request: FastifyRequest, reply: FastifyReply): boolean {
  const path = request.url.split('?')[0];
  const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
  if (!indexFile || request.method !== 'GET' || !wantsHtml || /^\/(api|health)(\/|$)/.test(path))
    return false;
  const indexHtml = readIndex();
  if (!indexHtml) return false;
  reply
    .status(200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .send(indexHtml);
  return true;
}
