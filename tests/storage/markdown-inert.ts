/** Shared by the Markdown export tests: hostile lines, and what a CommonMark parser makes of a file. */
import { marked, type Token } from 'marked';

/** Lines that would start a block of their own if written out raw, and ways to sneak a line break in. */
export const BLOCK_STARTERS = [
  '# heading',
  '###### heading',
  '   # indented heading',
  '\u00a0# after a no-break space',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '1) item',
  '- [ ] task',
  '> quote',
  '```js',
  '~~~',
  '    indented code',
  '\tcode after a tab',
  '| a | b |',
  '|---|---|',
  '<div>html</div>',
  '<!-- comment -->',
  '<script>window.pwned=1</script>',
  '===',
  '---',
  '***',
  '___',
  '[ref]: https://example.org',
  'line\r# heading after a bare CR',
  'line\r\n> quote after CRLF',
  'line\u2028- list after a line separator',
  'NUL\u0000# and\u001b[31m escapes',
];

/** Every token of a Markdown text, nested ones too. */
export function tokensOf(markdown: string): Token[] {
  const all: Token[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      all.push(t);
      const nested = t as { tokens?: Token[]; items?: Token[] };
      if (nested.tokens) walk(nested.tokens);
      if (nested.items) walk(nested.items);
    }
  };
  walk(marked.lexer(markdown));
  return all;
}

/**
 * The kinds of block and inline markup a file holds that typed text must never produce. A web address
 * typed in full may show as a link in viewers that link bare addresses (GitHub's); a link written as
 * Markdown ([text](address), <address>) may not.
 */
export const forbidden = (markdown: string): string[] =>
  tokensOf(markdown)
    .filter(
      (t) =>
        ['html', 'code', 'codespan', 'blockquote', 'table', 'hr', 'def', 'image'].includes(
          t.type,
        ) ||
        (t.type === 'link' && /^[[<]/.test(t.raw)),
    )
    .map((t) => `${t.type}: ${t.raw}`);

export const headings = (markdown: string): string[] =>
  tokensOf(markdown)
    .filter((t) => t.type === 'heading')
    .map((t) => (t as { text: string }).text);

/** The number of list items (of every list). */
export const listItems = (markdown: string): number =>
  tokensOf(markdown).filter((t) => t.type === 'list_item').length;
