/**
 * @nestjs/swagger writes OpenAPI 3.0's `nullable: true`; 3.1 (JSON Schema 2020-12) spells it as a
 * `null` member of `type`. Rewrites the document in place so generated clients see nullability.
 */
export function convertNullableToOpenApi31(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(convertNullableToOpenApi31);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) convertNullableToOpenApi31(value);
  if (schema['nullable'] !== true) return;
  delete schema['nullable'];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(null))
    schema['enum'] = [...schema['enum'], null];
  if (typeof schema['type'] === 'string') {
    schema['type'] = [schema['type'], 'null'];
  } else if (!Array.isArray(schema['type'])) {
    const copy = { ...schema };
    for (const key of Object.keys(schema)) delete schema[key];
    schema['anyOf'] = [copy, { type: 'null' }];
  }
}
