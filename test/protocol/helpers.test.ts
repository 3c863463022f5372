// The pure parts behind the server and the client: fix edits, settings merging, source paths, trust.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { staysInside, trustedSources } from '../../client/src/trust.js';
import { DEFAULT_SETTINGS, parseConfigText, readSettings } from '../../server/src/config.js';
import { citationEdits, detectStyle, disableEdit, footnoteDefinitionText, footnoteFormOf, nextFootnoteLabel, pandocKey, type Citation } from '../../server/src/engine/index.js';
import { SERVER_VERSION } from '../../server/src/lsp/protocol.js';
import { mergeSettings } from '../../server/src/lsp/settingsMerge.js';
import { concernsSources, globToRegExp, resolveSources } from '../../server/src/lsp/sourcePaths.js';
import { ROOT, tempTree } from './lspClient.js';

function apply(text: string, edits: Array<{ range: { start: number; end: number }; newText: string }>): string {
  let out = text;
  for (const e of [...edits].map((e, i) => ({ ...e, i })).sort((a, b) => b.range.start - a.range.start || b.i - a.i)) {
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  return out;
}

const cite = (form: Citation['form']): Citation => ({ form, range: { start: 0, end: 1 }, reference: 'x' });

describe('quick fix edits', () => {
  const source = { key: 'quill', title: 'The Fall of Varnholt', author: 'Edda Quill' };

  it('detects the draft style from its citations, footnotes first on a tie, footnotes when none', () => {
    assert.equal(detectStyle([], 'No citations.'), 'footnote');
    assert.equal(detectStyle([cite('pandoc'), cite('pandoc'), cite('footnote')], ''), 'pandoc');
    assert.equal(detectStyle([cite('parenthetical')], ''), 'mla');
    assert.equal(detectStyle([cite('parenthetical'), cite('footnote')], ''), 'footnote');
    assert.equal(detectStyle([], 'An essay [see @quill, p. 3].'), 'pandoc');
  });

  it('numbers a new footnote after the largest in use', () => {
    assert.equal(nextFootnoteLabel('A.[^1] B.[^7] C.[^note]\n\n[^1]: x\n[^7]: y\n[^note]: z'), '8');
    assert.equal(nextFootnoteLabel('Nothing yet.'), '1');
  });

  it('adds a footnote reference after the sentence and its definition at the end', () => {
    const text = 'It lasted 143 days. Then it ended.';
    assert.equal(
      apply(text, citationEdits(text, 'footnote', source, 19)),
      'It lasted 143 days.[^1] Then it ended.\n\n[^1]: Edda Quill, *The Fall of Varnholt*.\n',
    );
    const withNotes = 'It lasted 143 days.\nMore.[^1]\n\n[^1]: Somewhere.\n';
    assert.equal(
      apply(withNotes, citationEdits(withNotes, 'footnote', source, 19)),
      // In the form of the draft's one definition: no emphasis, a full stop.
      'It lasted 143 days.[^2]\nMore.[^1]\n\n[^1]: Somewhere.\n[^2]: Edda Quill, The Fall of Varnholt.\n',
    );
    const crlf = 'It lasted 143 days.\r\n';
    assert.equal(apply(crlf, citationEdits(crlf, 'footnote', source, 19)), 'It lasted 143 days.[^1]\r\n\r\n[^1]: Edda Quill, *The Fall of Varnholt*.\r\n');
  });

  // The draft's other definitions, and the one the Cite fix then adds for the same source.
  const forms: Array<[string, string[], string]> = [
    ['no definitions yet: author, italic title, full stop', [], 'Edda Quill, *The Fall of Varnholt*.'],
    ['italic titles with a full stop', ['Orrin Vale, *Harbour Days*, p. 4.'], 'Edda Quill, *The Fall of Varnholt*.'],
    ['no full stop', ['Orrin Vale, *Harbour Days*', 'Ilse Brand, *Salt Roads*, 12'], 'Edda Quill, *The Fall of Varnholt*'],
    ['underscores, a full stop after author', ['Orrin Vale. _Harbour Days_.'], 'Edda Quill. _The Fall of Varnholt_.'],
    ['quoted titles, the stop inside the quotes', ['Orrin Vale, "Harbour Days."'], 'Edda Quill, "The Fall of Varnholt."'],
    ['curly quotes, a colon after the author', ['Orrin Vale: “Harbour Days”.'], 'Edda Quill: “The Fall of Varnholt”.'],
    ['plain titles', ['Orrin Vale, Harbour Days.', 'Ilse Brand, Salt Roads.'], 'Edda Quill, The Fall of Varnholt.'],
    ['the most frequent form wins', ['Orrin Vale, *Harbour Days*', 'Ilse Brand, *Salt Roads*', 'Abel Nye, *Tides*.'], 'Edda Quill, *The Fall of Varnholt*'],
    ['a line ending on a title\'s own "!" does not vote', ['Orrin Vale, *Hold Fast!*', 'Ilse Brand, *Salt Roads*'], 'Edda Quill, *The Fall of Varnholt*'],
    ['bold is not a title mark', ['**Orrin Vale**, "Harbour Days".'], 'Edda Quill, "The Fall of Varnholt".'],
  ];
  for (const [name, definitions, expected] of forms) {
    it(`writes the new footnote definition as the draft's others: ${name}`, () => {
      const notes = definitions.map((d, i) => `[^${i + 1}]: ${d}`).join('\n');
      const text = `It lasted 143 days.${definitions.length ? `\n\n${notes}\n` : ''}`;
      const added = apply(text, citationEdits(text, 'footnote', source, 19));
      assert.equal(added.split('\n').filter(Boolean).pop(), `[^${definitions.length + 1}]: ${expected}`);
    });
  }

  it('keeps a title\'s own closing mark and an author\'s initial without doubling the stop', () => {
    assert.equal(footnoteDefinitionText({ key: 'h', title: 'Hold Fast!', author: 'E. Quill' }, footnoteFormOf('[^1]: O. Vale. *Tides*.')), 'E. Quill. *Hold Fast!*');
    assert.equal(footnoteDefinitionText({ key: 'h', title: 'Tides' }, footnoteFormOf('[^1]: Orrin Vale, "Harbour Days."')), '"Tides."');
  });

  it('puts pandoc and MLA citations before the final punctuation', () => {
    const text = 'It lasted 143 days. Then it ended.';
    assert.equal(apply(text, citationEdits(text, 'pandoc', source, 19)), 'It lasted 143 days [@quill]. Then it ended.');
    assert.equal(apply(text, citationEdits(text, 'mla', source, 19)), 'It lasted 143 days (Quill). Then it ended.');
    const untitled = { key: 'odd key', title: 'Harbour Chronicles!' };
    assert.equal(apply(text, citationEdits(text, 'mla', untitled, 19)), 'It lasted 143 days ("Harbour Chronicles"). Then it ended.');
    assert.equal(pandocKey('odd key'), '@{odd key}');
    const noStop = 'It lasted 143 days';
    assert.equal(apply(noStop, citationEdits(noStop, 'pandoc', source, noStop.length)), 'It lasted 143 days [@quill]');
  });

  it('inserts the disable comment above the line, keeping indentation and quote markers', () => {
    const text = 'Intro.\n> It lasted 90 days.\n';
    assert.equal(apply(text, [disableEdit(text, text.indexOf('90'))]), 'Intro.\n> <!-- corroborate-disable-next-line -->\n> It lasted 90 days.\n');
    const first = 'It lasted 90 days.';
    assert.equal(apply(first, [disableEdit(first, 10)]), '<!-- corroborate-disable-next-line -->\nIt lasted 90 days.');
  });
});

describe('reading .corroborate.json text (JSONC)', () => {
  const table: Array<[string, string, unknown]> = [
    ['plain JSON', '{"debounceMs": 5}', { debounceMs: 5 }],
    ['line comments', '// ours\n{"debounceMs": 5} // after', { debounceMs: 5 }],
    ['block comments', '/* a\n b */{"sources": [/* none */]}', { sources: [] }],
    ['trailing commas', '{"sources": ["a",], "debounceMs": 5,}', { sources: ['a'], debounceMs: 5 }],
    ['comment markers inside strings are text', '{"sources": ["a//b", "c/*d*/"]}', { sources: ['a//b', 'c/*d*/'] }],
  ];
  for (const [name, text, expected] of table) {
    it(`reads ${name}`, () => assert.deepEqual(parseConfigText(text), expected));
  }

  const broken: Array<[string, string, RegExp]> = [
    ['a missing comma', '{"a": 1\n "b": 2}', /^CommaExpected at line 2, column 2$/],
    ['an empty file', '', /^ValueExpected at line 1, column 1$/],
    ['an unclosed comment', '{"a": 1} /* open', /^UnexpectedEndOfComment at line 1, column 10$/],
  ];
  for (const [name, text, message] of broken) {
    it(`names the place of ${name}`, () => assert.throws(() => parseConfigText(text), { message }));
  }
});

describe('settings merging', () => {
  const quiet = () => undefined;

  it('lets the editor override the file only where it differs from the default', () => {
    const file = readSettings({ includeBundledCorpus: false, debounceMs: 50, sources: ['/abs/notes'], severity: { 'needs-citation': 'off' } }, 'f', quiet);
    const editor = readSettings({ ...DEFAULT_SETTINGS, debounceMs: 200, citationStyle: 'pandoc', sources: ['more'], severity: { 'needs-citation': 'warning', contradicted: 'error' } }, 'settings', quiet);
    const { settings, sourceSpecs } = mergeSettings([{ file: '/w/.corroborate.json', settings: file }], editor, ['/w']);
    assert.equal(settings.includeBundledCorpus, false);
    assert.equal(settings.debounceMs, 50, 'the editor left debounceMs at its default');
    assert.equal(settings.citationStyle, 'pandoc');
    assert.deepEqual(settings.severity, { 'needs-citation': 'off', contradicted: 1 });
    assert.deepEqual(sourceSpecs.map((s) => [s.entry, s.baseDirs]), [['/abs/notes', []], ['more', ['/w']]]);
  });

  it("the editor's bibliographies: `~` is the home folder, a relative path is in the first folder", () => {
    const editor = readSettings({ bibliography: ['~/Zotero/library.bib', 'refs.bib'] }, 'settings', quiet);
    const { bibliographies } = mergeSettings([], editor, ['/w', '/v']);
    assert.deepEqual(bibliographies.map((b) => b.path), [path.join(os.homedir(), 'Zotero', 'library.bib'), path.resolve('/w', 'refs.bib')]);
  });

  it('the severity table VS Code sends with its five defaults overrides no severity from the file', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const shownDefaults = manifest.contributes.configuration.properties['corroborate.severity']!.default;
    const file = readSettings({ severity: { contradicted: 'error', 'not-in-sources': 'off' } }, 'f', quiet);
    const editor = readSettings({ ...DEFAULT_SETTINGS, severity: shownDefaults }, 'settings', quiet);
    assert.deepEqual(mergeSettings([{ file: '/w/.corroborate.json', settings: file }], editor, ['/w']).settings.severity, { contradicted: 1, 'not-in-sources': 'off' });
  });
});

describe('source paths', () => {
  it('turns globs into regular expressions', () => {
    const re = globToRegExp('/w/notes/**/*.{md,txt}');
    assert.ok(re.test('/w/notes/a.md'));
    assert.ok(re.test('/w/notes/x/y/b.txt'));
    assert.ok(!re.test('/w/notes/a.pdf'));
    assert.ok(!re.test('/w/other/a.md'));
    assert.ok(globToRegExp('/w/ch?.md').test('/w/ch1.md'));
    assert.ok(!globToRegExp('/w/*.md').test('/w/sub/a.md'));
  });

  it('resolves folders, files and globs against the workspace folders', async () => {
    const tree = tempTree({ 'a/one.md': 'x', 'a/deep/two.txt': 'y', 'b/three.md': 'z', 'b/skip.pdf': 'no' });
    try {
      const warnings: string[] = [];
      const resolved = await resolveSources([
        { entry: 'a', baseDirs: [tree.dir], origin: 'settings' },
        { entry: 'b/*.md', baseDirs: [tree.dir], origin: 'settings' },
        { entry: 'missing', baseDirs: [tree.dir], origin: 'settings' },
        { entry: 'nothing/**/*.md', baseDirs: [tree.dir], origin: 'settings' },
      ], (m) => warnings.push(m));
      assert.deepEqual(resolved.paths.map((p) => path.relative(tree.dir, p)), ['a', path.join('b', 'three.md'), 'missing']);
      assert.ok(warnings.some((w) => /matched no/.test(w)));
      assert.ok(concernsSources(path.join(tree.dir, 'a', 'new.md'), resolved));
      assert.ok(concernsSources(path.join(tree.dir, 'b', 'four.md'), resolved));
      assert.ok(!concernsSources(path.join(tree.dir, 'b', 'four.pdf'), resolved));
      assert.ok(!concernsSources(path.join(tree.dir, 'c', 'draft.md'), resolved));
    } finally {
      tree.cleanup();
    }
  });
});

describe('workspace trust', () => {
  const w = path.resolve('/work/space');

  it('knows which entries stay inside the workspace', () => {
    assert.ok(staysInside('sources', [w]));
    assert.ok(staysInside('sources/**/*.md', [w]));
    assert.ok(staysInside(path.join(w, 'notes'), [w]));
    assert.ok(!staysInside('../elsewhere', [w]));
    assert.ok(!staysInside(path.resolve('/etc'), [w]));
    assert.ok(!staysInside('~/notes', [w]));
    assert.ok(!staysInside('/**/*.md', [w]));
  });

  it('drops only workspace-named entries that reach outside', () => {
    const result = trustedSources(
      ['sources', '../elsewhere', '/home/me/notes'],
      { globalValue: ['/home/me/notes'], workspaceValue: ['sources', '../elsewhere', '/home/me/notes'] },
      [w],
    );
    assert.deepEqual(result.kept, ['sources', '/home/me/notes']);
    assert.deepEqual(result.dropped, ['../elsewhere']);
  });
});

describe('versions', () => {
  it('the server reports the package version', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(SERVER_VERSION, manifest.version);
  });
});
