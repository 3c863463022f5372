// The JSON Schema for `.corroborate.json` (schemas/corroborate.schema.json), which VS Code uses for
// completion and validation through `contributes.jsonValidation`: a valid schema, in step with what
// server/src/config.ts reads and with the settings the extension contributes, and in agreement with
// config.ts about which files are good and which are not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { DEFAULT_SETTINGS, parseConfigText, readSettings } from '../../server/src/config.js';
import { DEFAULT_SEVERITY, FINDING_CODES } from '../../server/src/engine/index.js';
import { ROOT } from './lspClient.js';

interface SchemaNode {
  type?: string;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  description?: string;
  markdownDescription?: string;
  order?: number;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    configuration: { properties: Record<string, SchemaNode> };
    jsonValidation: Array<{ fileMatch: string; url: string }>;
    languages: Array<{ id: string; filenames?: string[] }>;
  };
};
const validation = manifest.contributes.jsonValidation.find((v) => v.fileMatch === '.corroborate.json');
const schemaFile = path.join(ROOT, validation?.url ?? 'schemas/corroborate.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaNode;
const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'] as const;
const defaultSeverities = Object.fromEntries(FINDING_CODES.map((code) => [code, SEVERITY_NAMES[DEFAULT_SEVERITY[code] - 1]]));

function compile(): ValidateFunction {
  // Strict: a misspelt keyword is an error, not ignored. VS Code's own keywords are declared.
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions']);
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  return ajv.compile(schema);
}

describe('the .corroborate.json schema', () => {
  const validate = compile();
  const topLevel = schema.properties!;

  it('is contributed for .corroborate.json, which is read as JSON with comments', () => {
    assert.ok(validation, 'contributes.jsonValidation names .corroborate.json');
    assert.match(validation!.url, /^\.\/schemas\/corroborate\.schema\.json$/);
    assert.ok(manifest.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('.corroborate.json')));
  });

  it('describes every setting config.ts reads, the ignore list, and nothing else', () => {
    const expected = new Set([...Object.keys(DEFAULT_SETTINGS), 'ignore', 'dismissed', '$schema']);
    assert.deepEqual(Object.keys(topLevel).sort(), [...expected].sort());
    for (const [name, value] of Object.entries(DEFAULT_SETTINGS)) {
      const wanted = name === 'severity' ? defaultSeverities : value;
      assert.deepEqual(topLevel[name]!.default, wanted, `${name}: the schema's default is config.ts's`);
    }
    assert.deepEqual(Object.keys(topLevel.severity!.properties!).sort(), [...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      assert.deepEqual(topLevel.severity!.properties![code]!.enum, ['error', 'warning', 'information', 'hint', 'off']);
      assert.equal(topLevel.severity!.properties![code]!.default, defaultSeverities[code]);
    }
  });

  it('agrees with the settings the extension contributes (defaults, severity codes)', () => {
    const contributed = manifest.contributes.configuration.properties;
    // (`ignore` leaves drafts out of a check of many on the command line, `dismissed` is written by the
    // quick fix: .corroborate.json settings, not editor ones.)
    for (const name of Object.keys(DEFAULT_SETTINGS).filter((n) => n !== 'ignore' && n !== 'dismissed')) {
      const setting = contributed[`corroborate.${name}`];
      assert.ok(setting, `corroborate.${name} is contributed`);
      assert.deepEqual(setting!.default, topLevel[name]!.default, `corroborate.${name}: same default`);
    }
    assert.deepEqual(Object.keys(contributed['corroborate.severity']!.properties!).sort(), [...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      assert.equal(contributed['corroborate.severity']!.properties![code]!.default, defaultSeverities[code]);
    }
  });

  const good = [
    '// Class sources',
    '{',
    '  "$schema": "./node_modules/corroborate/schemas/corroborate.schema.json",',
    '  "sources": ["sources", "extra/**/*.md"], /* beside this file */',
    '  "includeBundledCorpus": false,',
    '  "severity": { "needs-citation": "off", "contradicted": "error", },',
    '  "debounceMs": 0,',
    '  "citationStyle": "pandoc",',
    '  "maxFileBytes": 1024,',
    '  "relatedInformation": true,',
    '}',
  ].join('\n');

  it('passes a good file (with comments), which config.ts reads without a warning', () => {
    const raw = parseConfigText(good);
    assert.ok(validate(raw), JSON.stringify(validate.errors));
    const warnings: string[] = [];
    readSettings(raw, '.corroborate.json', (w) => warnings.push(w));
    assert.deepEqual(warnings, []);
    assert.ok(validate({ ignore: ['notes/**', '**/draft-*.md'] }), JSON.stringify(validate.errors));
  });

  const bad: Array<[string, unknown, string]> = [
    ['a misspelt setting', { sourcse: ['sources'] }, ''],
    ['sources that are not a list', { sources: 'sources' }, '/sources'],
    ['a source that is not a path', { sources: [3] }, '/sources/0'],
    ['a yes/no that is a string', { includeBundledCorpus: 'no' }, '/includeBundledCorpus'],
    ['an unknown finding code', { severity: { contradiction: 'error' } }, '/severity'],
    ['an unknown severity', { severity: { contradicted: 'loud' } }, '/severity/contradicted'],
    ['a negative debounce', { debounceMs: -1 }, '/debounceMs'],
    ['a debounce over ten seconds', { debounceMs: 20000 }, '/debounceMs'],
    ['an unknown citation style', { citationStyle: 'apa' }, '/citationStyle'],
    ['a size of zero', { maxFileBytes: 0 }, '/maxFileBytes'],
    ['a settings file that is a list', [], ''],
  ];
  for (const [name, raw, where] of bad) {
    it(`fails ${name}, as config.ts warns about it`, () => {
      assert.equal(validate(raw), false);
      assert.ok(validate.errors!.some((e) => e.instancePath === where), JSON.stringify(validate.errors));
      const warnings: string[] = [];
      readSettings(raw, '.corroborate.json', (w) => warnings.push(w));
      assert.equal(warnings.length, 1, `config.ts warns once: ${JSON.stringify(warnings)}`);
    });
  }
});

describe('the contributed settings read as words', () => {
  const contributed = manifest.contributes.configuration.properties;
  // VS Code titles a setting from its key ("Debounce Ms"); the key cannot change without losing
  // users' settings, so each description opens on the setting's name in words, in bold.
  const titles: Array<[string, string]> = [
    ['corroborate.debounceMs', 'Debounce (ms)'],
    ['corroborate.maxFileBytes', 'Maximum draft size (bytes)'],
    ['corroborate.includeBundledCorpus', 'Include the bundled corpus'],
    ['corroborate.severity', 'Severity of each finding'],
  ];
  for (const [key, title] of titles) {
    it(`${key} opens on "${title}"`, () => {
      assert.ok(contributed[key]!.markdownDescription!.startsWith(`**${title}.**`), contributed[key]!.markdownDescription);
    });
  }

  it('every setting has its place in the settings editor and a description', () => {
    const orders = Object.values(contributed).map((s) => s.order);
    assert.ok(orders.every((o) => typeof o === 'number'));
    assert.equal(new Set(orders).size, orders.length, 'no two settings share a place');
    assert.equal(contributed['corroborate.sources']!.order, 1, 'sources first: the setting every user needs');
    for (const [key, s] of Object.entries(contributed)) assert.ok((s.markdownDescription ?? s.description ?? '').length > 20, key);
  });

  it('the severity setting shows its five defaults, in its table and in its description', () => {
    const severity = contributed['corroborate.severity']!;
    assert.deepEqual(severity.default, defaultSeverities);
    for (const code of FINDING_CODES) {
      assert.match(severity.markdownDescription!, new RegExp(`\\| \`${code}\` \\| ${defaultSeverities[code]} \\|`));
    }
  });
});
