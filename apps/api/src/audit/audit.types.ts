import type { Actor } from '../common/context/request-context';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** What a service says happened; who and which request come from the request context. */
export type AuditEventInput = {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** The customer (data subject) the event concerns, when there is one. */
  subjectId?: string | null;
  outcome?: AuditOutcome;
  /** Names of the fields a change touched; never their values. */
  changedFields?: string[];
  /** Overrides the request's actor, e.g. the user a login succeeded for. */
  actor?: Actor;
};

export type ChainHead = { chain: number; seq: number; hash: string };

export type ChainVerification = {
  valid: boolean;
  checked: number;
  heads: ChainHead[];
  firstInvalid?: { chain: number; seq: number };
};
