/** What the client throws for a non-2xx answer: the parsed RFC 9457 body, checked at runtime. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const toProblem = (error: unknown): Problem | null => {
  if (!isRecord(error) || typeof error['status'] !== 'number') return null;
  const errors = Array.isArray(error['errors'])
    ? error['errors'].filter(
        (item): item is { field: string; message: string } =>
          isRecord(item) &&
          typeof item['field'] === 'string' &&
          typeof item['message'] === 'string',
      )
    : undefined;
  return {
    type: typeof error['type'] === 'string' ? error['type'] : undefined,
    title: typeof error['title'] === 'string' ? error['title'] : undefined,
    status: error['status'],
    detail: typeof error['detail'] === 'string' ? error['detail'] : undefined,
    errors,
  };
};

/** `roles.0` or `address[city]` → the form field it belongs to. */
const formField = (serverField: string): string => serverField.split(/[.[]/)[0] ?? serverField;

/**
 * Server field errors for the fields a form shows (first message per field), and the messages
 * about anything else so the form can still show them instead of dropping them.
 */
export const splitFieldErrors = <F extends string>(
  problem: Problem | null,
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; unplaced: string[] } => {
  const byField: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const { field, message } of problem?.errors ?? []) {
    const name = fields.find((candidate) => candidate === formField(field));
    if (name === undefined) unplaced.push(`${field}: ${message}`);
    else byField[name] ??= message;
  }
  return { byField, unplaced };
};
