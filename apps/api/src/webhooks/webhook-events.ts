import type { HashedAuditEvent } from '../audit/audit-hash';

/** State changes integrators can subscribe to; reads, exports and sign-ins are not sent. */
export const WEBHOOK_EVENT_PREFIXES = [
  'customer.',
  'order.',
  'consent.',
  'privacy_request.',
  'product.',
  'suppression.',
] as const;
const NOT_SENT = new Set([
  'customer.viewed',
  'customer.exported',
  'customer.access_exported',
  'consent.audience_disclosed',
  'consent.unsubscribe_link_created',
]);

export function isWebhookEvent(action: string, outcome: string): boolean {
  return (
    outcome === 'success' &&
    !NOT_SENT.has(action) &&
    WEBHOOK_EVENT_PREFIXES.some((prefix) => action.startsWith(prefix))
  );
}

/** Ids and the event type only: never personal data (an integrator fetches what it may see). */
export function webhookPayload(event: HashedAuditEvent) {
  return {
    id: event.id,
    type: event.action,
    timestamp: event.occurredAt,
    data: {
      resourceType: event.resourceType,
      resourceId: event.resourceId,
      subjectId: event.subjectId,
    },
  };
}

/** An endpoint's filter: exact types, or `customer.*`-style prefixes, or `*` for all. */
export function matchesFilter(filters: string[], type: string): boolean {
  return filters.some(
    (f) => f === '*' || f === type || (f.endsWith('.*') && type.startsWith(f.slice(0, -1))),
  );
}
