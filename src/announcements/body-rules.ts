/**
 * What an announcement's body may not contain, because a Teams TextBlock would show it wrongly or not at all.
 * @remarks A TextBlock shows **bold**, _italic_, numbered and bulleted lists and [links](url); it shows headings,
 * inline images and HTML as raw text. Links open in the reader's browser, so only https ones are allowed.
 */
export function bodyProblems(body: string): string[] {
  const problems: string[] = [];
  if (/^\s{0,3}#{1,6}\s/m.test(body))
    problems.push('Teams toont geen koppen (#): gebruik **vet** voor een kopje.');
  if (/!\[[^\]]*\]\(/.test(body))
    problems.push('Een afbeelding kan niet in de tekst: gebruik het veld voor de afbeelding.');
  if (/<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i.test(body))
    problems.push('Teams toont geen HTML: gebruik **vet**, _schuin_, lijstjes en [links](https://…).');
  for (const match of body.matchAll(/\]\(\s*([^)\s]*)/g)) {
    if (!isHttpsUrl(match[1])) {
      problems.push('Links in de tekst moeten met https:// beginnen.');
      break;
    }
  }
  return problems;
}

/** True for an absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
