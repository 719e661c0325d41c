const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** **bold**, _italic_ or *italic*, and [links](https://…): what a Teams TextBlock shows inline. */
function inline(text: string): string {
  return text
    .replace(
      /\[([^\]]+)\]\((https:\/\/[^\s)]+)\)/g,
      (_m, label: string, url: string) =>
        `<a href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`,
    )
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=$|[\s).,!?:;])/g, '$1<em>$2</em>');
}

/**
 * The Markdown a Teams TextBlock shows, as HTML, for the card preview: inline styles, links, bulleted and numbered
 * lists, and line breaks. The text is escaped first, so nothing the admin typed becomes markup of its own; only
 * https links become links (the API refuses other ones).
 */
export function teamsMarkdown(text: string): string {
  const out: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.join('<br>')}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  for (const raw of escape(text).split(/\r?\n/)) {
    const bullet = /^\s*[-*]\s+(.*)$/.exec(raw);
    const number = /^\s*\d+\.\s+(.*)$/.exec(raw);
    const item = bullet ?? number;
    if (item) {
      flushParagraph();
      const tag = bullet ? 'ul' : 'ol';
      if (list?.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(inline(item[1]));
    } else if (!raw.trim()) {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(inline(raw));
    }
  }
  flushParagraph();
  flushList();
  return out.join('');
}
