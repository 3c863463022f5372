// Ignore patterns (`--ignore`, `.corroborate.json`'s `ignore`): written as in .gitignore, made absolute.
import assert from 'node:assert/strict';
import { ignoreMatchers, ignorePattern } from '../../server/src/corpus/glob.js';

describe('ignore patterns', () => {
  const base = '/class';
  const cases: Array<[pattern: string, absolute: string, ignored: string[], kept: string[]]> = [
    ['late/', '/class/**/late/', ['/class/late/a.md', '/class/s/late/b/c.md'], ['/class/late', '/class/lately/a.md', '/class/late.md']],
    ['late', '/class/**/late', ['/class/late', '/class/late/a.md', '/class/s/late/a.md'], ['/class/lately/a.md']],
    ['*.notes.md', '/class/**/*.notes.md', ['/class/a.notes.md', '/class/s/b.notes.md'], ['/class/a.md', '/class/notes.md']],
    ['submissions/old', '/class/submissions/old', ['/class/submissions/old/a.md'], ['/class/x/submissions/old/a.md']],
    ['/draft.md', '/class/draft.md', ['/class/draft.md'], ['/class/s/draft.md']],
    ['./s/*.md', '/class/s/*.md', ['/class/s/a.md'], ['/class/s/t/a.md', '/class/a.md']],
    ['s/**/x.md', '/class/s/**/x.md', ['/class/s/x.md', '/class/s/t/u/x.md'], ['/class/x.md']],
    ['/class/s/a.md', '/class/s/a.md', ['/class/s/a.md'], ['/class/s/b.md']],
  ];
  for (const [pattern, absolute, ignored, kept] of cases) {
    it(`"${pattern}"`, () => {
      assert.equal(ignorePattern(pattern, base), absolute);
      const [matcher] = ignoreMatchers([absolute], [pattern]);
      assert.equal(matcher!.pattern, pattern);
      for (const p of ignored) assert.ok(matcher!.ignores(p), `${pattern} leaves out ${p}`);
      for (const p of kept) assert.ok(!matcher!.ignores(p), `${pattern} keeps ${p}`);
    });
  }
});
