// Emacs (Debian's emacs-nox with elpa-eglot and elpa-markdown-mode, in batch) opens the fixture draft
// with eglot connected to corroborate-ls, configured as docs-editor.md shows; Flymake gets the findings.
import assert from 'node:assert/strict';
import path from 'node:path';
import { EDITORS, EXPECTED_CODES, OUT, SERVER_BIN, copyWorkspace, need, run, saveText, tagged, which } from './harness.js';

describe('Emacs (eglot) with corroborate-ls', function () {
  this.timeout(90_000);

  it('shows the findings through Flymake and the source quote on hover', async function () {
    const emacs = which('emacs');
    need(this, 'Emacs (emacs)', emacs, 'apt-get install emacs-nox elpa-eglot elpa-markdown-mode');
    const { workspace, cleanup } = copyWorkspace('emacs');
    try {
      const result = await run(emacs!, ['--batch', '-q', '-l', path.join(EDITORS, 'emacs', 'check.el')], {
        env: {
          CORROBORATE_LS: SERVER_BIN,
          CORROBORATE_DRAFT: path.join(workspace, 'draft.md'),
          CORROBORATE_EXPECT: EXPECTED_CODES.join(','),
          CORROBORATE_TIMEOUT: '45',
          HOME: path.join(workspace, '..'), // no user init, and nothing written to the real home
        },
        timeoutMs: 60_000,
      });
      const transcript = `$ emacs --batch -q -l check.el  (exit ${result.code}${result.timedOut ? ', timed out' : ''})\n${result.stdout}\n--- stderr\n${result.stderr}`;
      saveText(path.join(OUT, 'emacs.txt'), transcript);
      console.log(result.stdout.replace(/^/gm, '      '));
      if (result.code !== 0 && /Cannot open load file.*(eglot|markdown-mode)/.test(result.stderr)) {
        need(this, 'eglot or markdown-mode for Emacs', false, 'apt-get install elpa-eglot elpa-markdown-mode');
      }
      assert.equal(result.code, 0, transcript);
      const diagnostics = tagged(result.stdout, 'DIAG');
      assert.deepEqual(diagnostics.map((d) => d.split(' ')[2]).sort(), EXPECTED_CODES, transcript);
      assert.ok(diagnostics.some((d) => d.startsWith('3:30 eglot-warning contradicted ') && d.includes('The source says 143 days ("The Fall of Varnholt"); the draft says 90 days.')), transcript);
      assert.match(tagged(result.stdout, 'HOVER').join('\n'), /The siege of Varnholt lasted 143 days\./, transcript);
    } finally {
      cleanup();
    }
  });
});
