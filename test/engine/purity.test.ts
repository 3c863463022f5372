// The engine is pure (text in, findings out) and `engine/index.ts` is its only way in. Its own
// tsconfig, without Node's types, is checked by `npm test` before mocha; this checks the imports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ENGINE = path.join(ROOT, 'server', 'src', 'engine');
/** The Markdown parser and its plugins: text in, a syntax tree out. */
const ENGINE_PACKAGES = new Set(['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe('the engine is pure, with one way in', () => {
  it('imports only its own modules and the Markdown parser (no Node, LSP or vscode)', () => {
    const foreign = tsFiles(ENGINE).flatMap((file) => importsOf(file)
      .filter((spec) => !spec.startsWith('.') && !ENGINE_PACKAGES.has(spec))
      .map((spec) => `${path.relative(ROOT, file)}: ${spec}`));
    assert.deepEqual(foreign, []);
  });

  it('is reached from the server and the client only through engine/index', () => {
    const outside = ['server/src', 'client/src'].flatMap((d) => tsFiles(path.join(ROOT, d)))
      .filter((file) => !file.startsWith(ENGINE + path.sep));
    const inner = outside.flatMap((file) => importsOf(file)
      .filter((spec) => /(^|\/)engine\//.test(spec) && !/(^|\/)engine\/index\.js$/.test(spec))
      .map((spec) => `${path.relative(ROOT, file)}: ${spec}`));
    assert.deepEqual(inner, []);
  });
});
