/**
 * Just enough of Bicep to read infra/azure.bicep in a test: comments, strings with `${…}` inside them, braces.
 * There is no Bicep compiler on this machine (and no Azure): the tests read the text.
 */

/** The text without `//` comments, which may hold apostrophes that look like string quotes. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === "'") inString = false;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      if (c === "'") inString = true;
      out += c;
    }
  }
  return out;
}

/** The text between the `{` at `open` and its matching `}`; braces inside strings do not count. */
export function blockAt(text: string, open: number): string {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === "'") inString = false;
    } else if (c === "'") inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces from offset ${open}`);
}

/** The outputs of a template: the names arm/deploy writes back to env/.env.<name>. */
export const bicepOutputs = (text: string): string[] =>
  [...stripComments(text).matchAll(/^output (\w+) \w+ =/gm)].map((m) => m[1]);

export interface BicepParam {
  type: string;
  /** The default's expression, when there is one. */
  default?: string;
  secure: boolean;
  allowed?: string[];
}

/** The parameters of a template with their decorators. */
export function bicepParams(text: string): Map<string, BicepParam> {
  const params = new Map<string, BicepParam>();
  const lines = stripComments(text).split('\n');
  let decorators: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('@')) {
      let decorator = line;
      // @allowed([ … ]) spans lines.
      while (decorator.includes('([') && !decorator.includes('])')) decorator += ` ${lines[++i].trim()}`;
      decorators.push(decorator);
      continue;
    }
    const match = /^param (\w+) (\w+)(?: = (.+))?$/.exec(line);
    if (match) {
      const allowed = decorators.find((d) => d.startsWith('@allowed('));
      params.set(match[1], {
        type: match[2],
        default: match[3],
        secure: decorators.includes('@secure()'),
        allowed: allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((m) => m[1]) : undefined,
      });
    }
    if (line) decorators = [];
  }
  return params;
}

/** The `key: expression` lines of an object body, one level deep (nested objects are skipped). */
export function objectEntries(body: string): [string, string][] {
  const entries: [string, string][] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    const match = depth === 0 ? /^\s*([A-Za-z_][A-Za-z0-9_]*): (.+)$/.exec(line) : null;
    if (match) entries.push([match[1], match[2].trim()]);
    depth += (line.match(/[{[]/g) ?? []).length - (line.match(/[}\]]/g) ?? []).length;
  }
  return entries;
}

/** The body of `resource <symbol> '<type>@<version>' = [if (…)] {`, with its type. */
export function resourceBlock(text: string, symbol: string): { type: string; body: string } {
  const clean = stripComments(text);
  const match = new RegExp(`^resource ${symbol} '([^'@]+)@[^']+' = [^{]*\\{`, 'm').exec(clean);
  if (!match) throw new Error(`no resource ${symbol}`);
  return { type: match[1], body: blockAt(clean, match.index + match[0].length - 1) };
}

/** Every resource of a template: symbol to type. */
export const bicepResources = (text: string): Map<string, string> =>
  new Map(
    [...stripComments(text).matchAll(/^resource (\w+) '([^'@]+)@/gm)].map((m) => [m[1], m[2]] as const),
  );

/** The object a `var <name> = …` holds: its first `{ … }` (for `cond ? { … } : {}`, the `{ … }` taken). */
export function varObject(text: string, name: string): [string, string][] {
  const clean = stripComments(text);
  const match = new RegExp(`^var ${name} = `, 'm').exec(clean);
  if (!match) throw new Error(`no var ${name}`);
  return objectEntries(blockAt(clean, clean.indexOf('{', match.index)));
}
