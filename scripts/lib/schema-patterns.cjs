// Repairs the regular expressions of Microsoft's bundled Teams schemas so that ajv can compile them.
// Shared by scripts/package-app.mjs and its test (CommonJS, so that both ESM and jest can load it).

/**
 * Escapes a `]` that stands outside a character class. Without the `u` flag it is a literal `]`; with it (as
 * ajv compiles patterns) it is a syntax error. The bundled localization schemas (v1.8 and later) contain two
 * such patterns (MicrosoftDocs/msteams-docs#8858), so they do not compile as shipped.
 */
function escapeLoneBrackets(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === ']' && !inClass) {
      out += '\\]';
    } else {
      if (ch === '[') inClass = true;
      if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

function compilesWithUnicode(pattern) {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** A copy of a JSON schema whose `pattern`s and `patternProperties` keys all compile with the `u` flag. */
function repairPatterns(node) {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (!node || typeof node !== 'object') return node;
  const fix = (pattern) => (compilesWithUnicode(pattern) ? pattern : escapeLoneBrackets(pattern));
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => {
      if (key === 'pattern' && typeof child === 'string') return [key, fix(child)];
      if (key === 'patternProperties' && child && typeof child === 'object') {
        return [key, Object.fromEntries(Object.entries(child).map(([p, s]) => [fix(p), repairPatterns(s)]))];
      }
      return [key, repairPatterns(child)];
    }),
  );
}

module.exports = { repairPatterns };
