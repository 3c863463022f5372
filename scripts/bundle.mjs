// Bundles the VS Code extension (client) and the language server into dist/ as CommonJS, for the
// .vsix: `npm run bundle`. VS Code loads extensions with require(), and this package is
// "type": "module", so dist/ gets its own package.json that makes its .js files CommonJS.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

/** Leaves `./readers/index.js` out of the server's bundle, for `./readers.js` beside it. */
const readersApart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/readers\/index\.js$/ }, () => ({ path: './readers.js', external: true }));
  },
};

export async function bundle({ production = true } = {}) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: production ? false : 'linked',
    minify: false,
    logLevel: 'warning',
    // corpus/sources.ts and corpus/indexWorkers.ts read import.meta.url only when __dirname is missing, which in CommonJS it never is.
    logOverride: { 'empty-import-meta': 'silent' },
    absWorkingDir: root,
    // Prefer a package's ES module build: jsonc-parser's "main" is a UMD build whose require() calls
    // esbuild cannot follow (the bundled server then failed to start: "Cannot find module './impl/format'").
    mainFields: ['module', 'main'],
  };
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    // The readers of PDFs, web pages and Word files (PDF.js, mammoth: four times the rest of the
    // server) are a file of their own, loaded when the first such source is read: start-up does
    // not parse them.
    build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [readersApart] }),
    build({ ...common, entryPoints: ['server/src/corpus/readers/index.ts'], outfile: 'dist/readers.js' }),
    // The corpus is indexed in worker threads, which run this file (found next to server.js).
    build({ ...common, entryPoints: ['server/src/corpus/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  ]);
  return ['dist/extension.js', 'dist/server.js', 'dist/readers.js', 'dist/indexWorker.js', 'dist/package.json'];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'bundle.mjs')) {
  const production = !process.argv.includes('--dev');
  bundle({ production }).then(
    (files) => console.log(`bundled ${files.join(', ')}`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
