// The Markdown parser leaves out GFM's autolink literals where a text cannot hold one: the tree
// must be the one the full parser gives.
import assert from 'node:assert/strict';
import { needsAutolinkLiterals, parseMarkdown, parseMarkdownWith } from '../../server/src/engine/markdownParser.js';

type Node = { type: string; children?: Node[] };
const links = (node: Node): number => (node.type === 'link' ? 1 : 0) + (node.children ?? []).reduce((n, c) => n + links(c), 0);

describe('markdown parser: autolink literals only where a text may hold one', () => {
  const autolinks: Array<[string, string]> = [
    ['a www address', 'See www.example.org for more.'],
    ['a www address in capitals', 'See WWW.EXAMPLE.ORG for more.'],
    ['an http address', 'See http://example.org/a for more.'],
    ['an https address in capitals', 'See HTTPS://EXAMPLE.ORG for more.'],
    ['an email address', 'Write to a.clerk@example.org today.'],
    ['an email address after a plus', 'Write to a+b@example.org today.'],
    ['an escaped at sign', 'Write to clerk\\@example.org today.'],
    ['a character reference for the at sign', 'Write to clerk&#64;example.org today.'],
    ['a character reference in www', 'See &#119;ww.example.org for more.'],
    ['a mailto address', 'Write to mailto:clerk@example.org today.'],
  ];
  for (const [name, text] of autolinks) {
    it(`parses ${name} with them, as a link`, () => {
      assert.equal(needsAutolinkLiterals(text), true);
      assert.equal(links(parseMarkdown(text) as Node), 1);
      // (Without them it would be no link: the rule is what keeps the trees the same.)
      assert.equal(links(parseMarkdownWith(text, false) as Node), 0);
    });
  }

  const plain: Array<[string, string]> = [
    ['prose with citations', 'The council met 12 times [@src1, p. 4] and then rose.[^1]\n\n[^1]: A record, p. 3.'],
    ['an at sign after a space or bracket', 'We met @ noon; see [@key] and (@other).'],
    ['a table', '| Year | Dead |\n|---|---|\n| 1802 | 40 |\n'],
    ['strikethrough, a task list and emphasis', '- [x] ~~old~~ *new* __strong__ word_with_underscores\n- [ ] 3.5 km'],
    ['front matter, a heading and a quote', '---\ntitle: Notes\n---\n# One\n\n> Quoted 40 days.\n'],
    ['links, images, code and html', 'A [link](x.html) ![img](y.png) `code` <b>bold</b> <x.html> [ref]\n\n[ref]: #here'],
    ['an escaped star, an ordered list and indented code', '1. First\\* item\n2) second\n\n    indented code'],
  ];
  for (const [name, text] of plain) {
    it(`parses ${name} without them, to the full parser's tree`, () => {
      assert.equal(needsAutolinkLiterals(text), false);
      assert.deepEqual(parseMarkdown(text), parseMarkdownWith(text, true));
    });
  }

  it('gives the full parser’s tree for every text it parses without them (seeded random texts)', () => {
    const pieces = ['w', 'ww', 'www', '.', 'h', 'http', ':', '//', '@', 'a', 'B', '1', '_', '-', '+', '\\', '&', '#64;', ' ', '\n', '*', '[', ']', '(', ')', '<', '>', '`', '~', 'x.org', 'mailto:', '[^1]', '[@k]', '|', '# ', '- ', '\n\n', 'é', 'W', 'TTP', 's'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    let compared = 0;
    for (let i = 0; i < 4000; i++) {
      let text = '';
      for (let k = 1 + Math.floor(next() * 14); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      if (needsAutolinkLiterals(text)) continue;
      compared++;
      assert.deepEqual(parseMarkdown(text), parseMarkdownWith(text, true), JSON.stringify(text));
    }
    assert.ok(compared > 1000, `only ${compared} texts compared`);
  });
});
