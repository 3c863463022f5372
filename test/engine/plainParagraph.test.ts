// A paragraph of plain prose (or a heading's line of it, or a list of one-line items) is read without the Markdown parser (plainParagraph.ts): what it reads
// must be what the parser's tree reads, on every chunk it takes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { plainParagraphTree } from '../../server/src/engine/plainParagraph.js';
import { DefinitionTable, parseChunk, splitChunks, textDefinitionsOf, type DocumentDefinitions } from '../../server/src/engine/prose.js';

type Node = { type: string; children?: Node[]; value?: string; depth?: number; ordered?: boolean; start?: number | null; spread?: boolean; checked?: boolean | null; identifier?: string; label?: string; position?: { start: { offset?: number }; end: { offset?: number } } };

/** The fields the prose reader reads of a tree's nodes (the parser's carry lines and columns too). */
const read = (n: Node): unknown => ({
  type: n.type,
  ...(n.value !== undefined ? { value: n.value } : {}),
  ...(n.depth !== undefined ? { depth: n.depth } : {}),
  ...(n.type === 'list' ? { ordered: n.ordered, start: n.start, spread: n.spread } : {}),
  ...(n.type === 'listItem' ? { spread: n.spread, checked: n.checked } : {}),
  ...(n.identifier !== undefined ? { identifier: n.identifier, label: n.label } : {}),
  at: [n.position?.start.offset, n.position?.end.offset],
  ...(n.children ? { children: n.children.map(read) } : {}),
});

/** What the reader makes of a chunk through the parser (keepTree asks for it) and as the checker reads it. */
function compare(chunk: string, definitions: DocumentDefinitions): boolean {
  const plain = plainParagraphTree(chunk, definitions.footnoteLabels, definitions.links.size) as Node | undefined;
  const { tree, ...parsed } = parseChunk(chunk, definitions, true);
  assert.deepEqual(parseChunk(chunk, definitions), parsed, JSON.stringify(chunk));
  if (!plain) return false;
  // (The parser's tree holds the stub definitions after the chunk: the paragraph is its first node.)
  const inChunk = ((tree as Node).children ?? []).filter((c) => (c.position?.start.offset ?? 0) < chunk.length);
  assert.deepEqual(plain.children!.map(read), inChunk.map(read), JSON.stringify(chunk));
  return true;
}

function draftsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...draftsUnder(file));
    else if (name.endsWith('.md') && file.includes(`${path.sep}drafts${path.sep}`)) out.push(file);
  }
  return out;
}

describe('plain paragraphs read without the Markdown parser', () => {
  it('reads every chunk of the public and held-out drafts as the parser does', () => {
    let plain = 0;
    let chunks = 0;
    for (const file of [...draftsUnder(path.join('test', 'dev-set')), ...draftsUnder(path.join('test', 'holdout'))]) {
      const text = readFileSync(file, 'utf8');
      const pieces = splitChunks(text).map((c) => text.slice(c.start, c.end));
      const table = new DefinitionTable(pieces.map(textDefinitionsOf));
      for (const chunk of pieces) {
        chunks++;
        if (compare(chunk, table.for(chunk))) plain++;
      }
    }
    // (Most paragraphs of prose: if none were, the test would test nothing.)
    assert.ok(plain > chunks / 4, `${plain} of ${chunks} chunks plain`);
  });

  it('reads seeded random paragraphs as the parser does', () => {
    const pieces = ['The', ' council', ' met', ' 12', ' times', '.', ',', ' ', '\n', '[^1]', '[^2]', '[^A]', '[^a]', '[^x y]', '[^]', '[@k]', '[@k, p. 4]', '[', ']', '(', ')', '[x](y)',
      '[ref]', '[ref][]', '[x][^1]', '[^1][x]', '1. ', '1) ', '1939', '- ', '* ', '# ', '> ', '=', '---', '|', '"', '“', '‘', "'", 'é', '\t', '  \n', '\\', '`', '*', '_', '~', '<', '&', '!', '@', 'a@b', 'www', ':', '^'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    let plain = 0;
    for (let i = 0; i < 3000; i++) {
      let chunk = pieces[Math.floor(next() * 3)]!;
      for (let k = Math.floor(next() * 16); k > 0; k--) chunk += pieces[Math.floor(next() * pieces.length)];
      // (A heading's line, sometimes: up to seven marks, a space or none; or a list, its lines items, some not.)
      const form = next();
      if (form < 0.25) chunk = `${'#'.repeat(1 + Math.floor(next() * 7))}${next() < 0.8 ? ' ' : ''}${chunk}`;
      else if (form < 0.5) chunk = `- ${chunk.replace(/\n/g, () => (next() < 0.8 ? '\n- ' : next() < 0.5 ? '\n* ' : '\n'))}`;
      chunk = chunk.trim();
      if (chunk.includes('\n\n')) continue;
      const defined = ['1', 'a', ...(next() < 0.5 ? ['2'] : [])];
      const links = next() < 0.2 ? new Map([['ref', '#']]) : new Map<string, string>();
      if (compare(chunk, { footnoteLabels: defined, links, key: '' })) plain++;
    }
    assert.ok(plain > 250, `only ${plain} plain`);
  });

  it('leaves to the parser what Markdown reads otherwise', () => {
    const none = { footnoteLabels: ['1'], links: new Map<string, string>(), key: '' };
    for (const chunk of ['1939. The year', '* An item', 'A *word*', 'A line  \nbroken', 'See [x](y).', 'Call [^A].', 'Call [^2].', 'An [open', 'A [[nest]]', 'mail a@b.org', 'Tab\there', '# Title #', '#Title', '####### Seven', '#  Two spaces', '# Two\nlines', '- One\n* Two', '- One\nlazy', '-  Two spaces', '- [ ] Task', '- - -', '- 1. Nested', '+ Plus']) {
      assert.equal(plainParagraphTree(chunk, none.footnoteLabels, 0), undefined, chunk);
    }
    assert.equal(plainParagraphTree('See [ref].', [], 1), undefined);
    assert.ok(plainParagraphTree('The council met.[^1] It rose [@k, p. 4].\nThen “it” ended (1939).', none.footnoteLabels, 0));
    assert.equal(plainParagraphTree('## The Siege of Karsk[^1]', none.footnoteLabels, 0)?.children?.[0]?.depth, 2);
    assert.equal(plainParagraphTree('- It lasted 140 days.[^1]\n- Then [@k] 3,000 died.', none.footnoteLabels, 0)?.children?.[0]?.children?.length, 2);
  });
});
