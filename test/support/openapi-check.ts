import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

// A structure check of an OpenAPI 3.0/3.1 document, without network (the official meta-schema is not in
// node_modules), and a validator of answers against the document's own schemas.

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PATH_ITEM_KEYS = new Set([...METHODS, 'summary', 'description', 'servers', 'parameters', '$ref']);
const IN = new Set(['path', 'query', 'header', 'cookie']);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const DEFS_ID = 'urn:voordeur:openapi-components';

/** Every `$ref` anywhere in a value, with where it was found. */
function refs(value: unknown, at: string, out: { ref: string; at: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => refs(v, `${at}/${i}`, out));
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push({ ref: v, at });
      else refs(v, `${at}/${k}`, out);
    }
  }
  return out;
}

function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc);
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv;
}

// Component refs (#/components/schemas/X) point into a schema of their own, so Ajv can follow them.
const retarget = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${DEFS_ID}#/$defs/`));

const componentSchemas = (doc: Json): Json =>
  isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};

/** A JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) that knows the document's components. */
function schemaCompiler(doc: Json): (schema: unknown) => ValidateFunction {
  const ajv = newAjv();
  ajv.addSchema({ $id: DEFS_ID, $defs: retarget(componentSchemas(doc)) });
  return (schema) => ajv.compile(retarget(schema) as Json);
}

/** Each component schema against the JSON Schema 2020-12 meta-schema, then compiled (strict). */
function schemaProblems(doc: Json): string[] {
  const ajv = newAjv();
  const schemas = Object.entries(componentSchemas(doc));
  const invalid = schemas
    .filter(([, schema]) => !ajv.validateSchema(retarget(schema) as Json))
    .map(([name]) => `components.schemas.${name}: ${ajv.errorsText(ajv.errors)}`);
  if (invalid.length > 0) return invalid;
  const compile = schemaCompiler(doc);
  return schemas.flatMap(([name, schema]) => {
    try {
      compile(schema);
      return [];
    } catch (error) {
      return [`components.schemas.${name}: ${(error as Error).message}`];
    }
  });
}

/** Operations as [method, path, operation]. */
function operations(doc: Json): [string, string, Json][] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    isObject(item)
      ? Object.entries(item)
          .filter(([m, op]) => METHODS.includes(m) && isObject(op))
          .map(([m, op]): [string, string, Json] => [m, path, op as Json])
      : [],
  );
}

function operationProblems(doc: Json, method: string, path: string, op: Json): string[] {
  const where = `${method.toUpperCase()} ${path}`;
  const problems: string[] = [];
  const params = Array.isArray(op.parameters) ? op.parameters.filter(isObject) : [];
  for (const p of params) {
    if (typeof p.name !== 'string' || !IN.has(String(p.in))) problems.push(`${where}: parameter ${p.name}`);
    if (p.in === 'path' && p.required !== true)
      problems.push(`${where}: path parameter ${p.name} not required`);
    if (!isObject(p.schema) && !isObject(p.content))
      problems.push(`${where}: parameter ${p.name} has no schema`);
  }
  const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
  const declared = params.filter((p) => p.in === 'path').map((p) => String(p.name));
  if (inTemplate.join() !== [...declared].sort().join()) {
    problems.push(`${where}: path parameters ${declared.join()} do not match the template`);
  }
  if (op.requestBody !== undefined) {
    const body = op.requestBody as Json;
    if (!isObject(body.content) || Object.keys(body.content).length === 0) problems.push(`${where}: body`);
  }
  const responses = isObject(op.responses) ? Object.entries(op.responses) : [];
  if (responses.length === 0) problems.push(`${where}: no responses`);
  for (const [status, response] of responses) {
    if (!/^([1-5](\d\d|XX)|default)$/.test(status)) problems.push(`${where}: status ${status}`);
    if (!isObject(response) || (typeof response.description !== 'string' && !response.$ref)) {
      problems.push(`${where} ${status}: a response needs a description`);
    }
  }
  const schemes = isObject(doc.components) ? doc.components.securitySchemes : undefined;
  const security = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  for (const requirement of security.filter(isObject)) {
    for (const name of Object.keys(requirement)) {
      if (!isObject(schemes) || !isObject(schemes[name])) problems.push(`${where}: unknown security ${name}`);
    }
  }
  return problems;
}

/**
 * What is wrong with an OpenAPI 3.x document, as sentences; empty when nothing is. Checks the required
 * fields, path templates against path parameters, responses, unique operationIds, security schemes,
 * that every `$ref` resolves and that every schema is valid JSON Schema 2020-12.
 */
export function openApiProblems(document: unknown): string[] {
  if (!isObject(document)) return ['the document is not an object'];
  const doc = document;
  const problems: string[] = [];
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\.\d+$/.test(doc.openapi))
    problems.push('openapi: 3.0.x/3.1.x');
  const info = isObject(doc.info) ? doc.info : {};
  if (typeof info.title !== 'string' || typeof info.version !== 'string')
    problems.push('info: title and version');
  if (!isObject(doc.paths)) return [...problems, 'paths: missing'];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/')) problems.push(`paths: ${path} does not start with /`);
    for (const key of Object.keys(isObject(item) ? item : {})) {
      if (!PATH_ITEM_KEYS.has(key)) problems.push(`paths: ${path} has ${key}`);
    }
  }
  const ops = operations(doc);
  for (const [method, path, op] of ops) problems.push(...operationProblems(doc, method, path, op));
  const ids = ops.map(([, , op]) => op.operationId).filter((id) => id !== undefined);
  if (new Set(ids).size !== ids.length) problems.push('operationId: not unique');
  for (const { ref, at } of refs(doc, '#')) {
    if (resolvePointer(doc, ref) === undefined) problems.push(`${at}: $ref ${ref} does not resolve`);
  }
  problems.push(...schemaProblems(doc));
  return problems;
}

/**
 * Checks answers against the document: the route and status must be listed, and a JSON body must match
 * the schema listed for that status. Returns what does not match (empty when it does).
 */
export function answerChecker(
  document: unknown,
): (method: string, url: string, status: number, body: unknown) => string[] {
  const doc = document as Json;
  const compile = schemaCompiler(doc);
  const compiled = new Map<unknown, ValidateFunction>();
  const routes = operations(doc).map(([method, path, op]) => ({
    method,
    op,
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  return (method, url, status, body) => {
    const pathname = new URL(url, 'http://x').pathname;
    const route = routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(pathname));
    const where = `${method.toUpperCase()} ${pathname} ${status}`;
    if (!route) return [`${where}: not in the document`];
    const responses = route.op.responses as Json;
    const response = (responses[String(status)] ?? responses.default) as Json | undefined;
    if (!response) return [`${where}: status not in the document`];
    const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    if (schema === undefined) return body === undefined ? [] : [`${where}: the document lists no body`];
    if (!compiled.has(schema)) compiled.set(schema, compile(schema));
    const validate = compiled.get(schema)!;
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${where}: ${e.instancePath} ${e.message}`);
  };
}
