import fc from 'fast-check';

/** A nested array `depth` levels deep, built without recursion. */
function nested(depth: number, leaf: unknown): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Strings that have broken parsers, loggers and databases before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\r\n{"level":60,"msg":"forged"}\n',
  '\ud800',
  '\udc00\ud800',
  '👩‍👩‍👧‍👦'.repeat(20),
  '\u202e\u2066',
  'ﷺ'.repeat(50),
  '%00%2F..%2F',
  '../../etc/passwd',
  "'; DROP TABLE people; --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e400',
  '0x10',
  '2026-02-30T25:61:61Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01',
  'http://',
  'https://127.0.0.1:1/',
  'mailto:a@b',
  'javascript:alert(1)',
];

/** Numbers at the limits of JSON, JavaScript, SQLite and PostgreSQL. */
const LIMIT_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 63,
  1e21,
  1e308,
  -1e308,
  5e-324,
  Number.EPSILON,
];

/** A long string: a character or a short unit repeated, up to a little over the 1 MB body limit. */
export const hugeString = fc
  .tuple(
    fc.constantFrom('x', 'é', '€', '𝄞', '\u0000', '\\', '"', '<at>', '\n'),
    fc.constantFrom(257, 1025, 2049, 4097, 70_000, 300_000),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** A value of any JSON type that a field should not hold: wrong types, limits, nasty and huge strings, deep nesting. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': null }) },
  { weight: 3, arbitrary: fc.constantFrom(...LIMIT_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(20, 300, 1000), fc.constantFrom<unknown>(null, 'x', 1))
      .map(([depth, leaf]) => nested(depth, leaf)),
  },
  { weight: 1, arbitrary: fc.constantFrom(1000, 50_000).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Path = (string | number)[];

/** Every path in a JSON value (objects and arrays included), the root first. */
export function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  }
  return out;
}

/** One change to a JSON value. */
export type Mutation =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: unknown };

const extraKeys = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'type', 'id', 'verb', 'x'.repeat(5000)),
  fc.string({ maxLength: 12 }),
);

/** Up to `max` mutations of `base` at its own paths (those `within` accepts): a value replaced by junk, a field removed, a field added. */
export function mutations(
  base: unknown,
  max = 3,
  within: (path: Path) => boolean = () => true,
): fc.Arbitrary<Mutation[]> {
  const all = pathsOf(base).filter(within);
  const paths = all.length > 0 ? all : [[]];
  const inner = paths.filter((p) => p.length > 0);
  // A value with nothing inside ({}, a string) can only be replaced or added to.
  if (inner.length === 0) inner.push([]);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('set' as const),
        path: fc.constantFrom(...inner),
        value: junk,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...inner) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path: fc.constantFrom(...paths),
        key: extraKeys,
        value: junk,
      }),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: max });
}

/** `base` with the mutations applied, as a new value; a mutation whose path no longer exists is skipped. */
export function applyMutations(base: unknown, list: readonly Mutation[]): unknown {
  let root = structuredClone(base) as unknown;
  for (const original of list) {
    // Junk values may be shared instances (fc.constantFrom hands out the same `{}`): each use gets a copy.
    const m = 'value' in original ? { ...original, value: structuredClone(original.value) } : original;
    if (m.path.length === 0) {
      if (m.kind === 'set') root = m.value;
      else if (m.kind === 'add' && root && typeof root === 'object') define(root, m.key, m.value);
      continue;
    }
    const parent = m.path
      .slice(0, -1)
      .reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
        root,
      );
    if (!parent || typeof parent !== 'object') continue;
    const key = m.path[m.path.length - 1];
    const record = parent as Record<string | number, unknown>;
    if (m.kind === 'set') define(record, key, m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(record) && typeof key === 'number') record.splice(key, 1);
      else delete record[key];
    } else {
      const target = record[key];
      if (target && typeof target === 'object') define(target, m.key, m.value);
    }
  }
  return root;
}

/** Sets a key as own data, `__proto__` included, as JSON.parse would. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Bodies that are not JSON or not what the content type says. */
export const rawJunkBodies = fc.constantFrom(
  '',
  '{',
  '{"type":',
  'null',
  '[]',
  '"text"',
  '1e999999',
  '{"a":1,"a":2}',
  '\u0000',
  '\ufeff{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `{"x":"${'\\ud800'.repeat(1000)}"}`,
);
