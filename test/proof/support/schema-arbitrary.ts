import fc from 'fast-check';

type Schema = Record<string, unknown>;

const MAX_STRING = 40;
const MAX_ITEMS = 4;

/**
 * Values that a JSON Schema of the OpenAPI document (3.1, JSON Schema 2020-12) accepts, mostly: the request bodies
 * and parameters the API documents, so that fuzzed requests get past validation into the routes, where mutations
 * of them then go wrong in interesting places. Covers what the generator from zod writes: `$ref`, `allOf`,
 * `anyOf`, `oneOf`, `enum`, `const`, type lists, string lengths, patterns and formats, number ranges, arrays and
 * objects with required and optional properties.
 */
export function schemaArbitrary(
  schema: unknown,
  components: Record<string, Schema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || typeof schema !== 'object' || depth > 12) return fc.jsonValue({ maxDepth: 2 });
  const s = schema as Schema;
  const next = (inner: unknown) => schemaArbitrary(inner, components, depth + 1);
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    return next(components[name]);
  }
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.allOf)) {
    return fc
      .tuple(...(s.allOf as unknown[]).map(next))
      .map((parts) => Object.assign({}, ...parts.filter((p) => p && typeof p === 'object')) as unknown);
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) return fc.oneof(...(s[key] as unknown[]).map(next));
  }
  if (Array.isArray(s.type)) return fc.oneof(...(s.type as string[]).map((type) => next({ ...s, type })));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: bound(s.minimum, -1000), max: bound(s.maximum, 1000) });
    case 'number':
      return fc.double({ min: bound(s.minimum, -1000), max: bound(s.maximum, 1000), noNaN: true });
    case 'string':
      return stringArbitrary(s);
    case 'array': {
      const minLength = bound(s.minItems, 0);
      const maxLength = Math.max(minLength, Math.min(bound(s.maxItems, MAX_ITEMS), minLength + MAX_ITEMS));
      return fc.array(next(s.items), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(s, next);
    default:
      return s.properties ? objectArbitrary(s, next) : fc.jsonValue({ maxDepth: 2 });
  }
}

const bound = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

function objectArbitrary(s: Schema, next: (inner: unknown) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const shape = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, next(value)]));
  return fc.record(shape, { requiredKeys: Object.keys(shape).filter((key) => required.has(key)) });
}

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  const minLength = bound(s.minLength, 0);
  const maxLength = Math.max(minLength, Math.min(bound(s.maxLength, MAX_STRING), minLength + MAX_STRING));
  const examples = typeof s.example === 'string' ? [s.example] : [];
  if (typeof s.pattern === 'string') {
    const full = new RegExp(s.pattern);
    try {
      // fast-check's regex support has no lookahead: generate from the rest and keep what the whole accepts.
      const simpler = new RegExp(s.pattern.replace(/\(\?=[^)]*\)/g, ''));
      const matching = fc
        .stringMatching(simpler)
        .map((v) => v.slice(0, Math.max(minLength, 200)))
        .filter((v) => full.test(v) && v.length >= minLength);
      return examples.length ? fc.oneof(fc.constantFrom(...examples), matching) : matching;
    } catch {
      return fc.constantFrom(...(examples.length ? examples : ['x']));
    }
  }
  switch (s.format) {
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      return fc.string({ minLength, maxLength, unit: 'grapheme' });
  }
}
