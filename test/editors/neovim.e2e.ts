// Neovim (Debian's 0.7, headless) opens the fixture draft with corroborate-ls over stdio, configured as
// docs-editor.md shows, and gets the findings and the evidence on hover.
import assert from 'node:assert/strict';
import path from 'node:path';
import { EDITORS, EXPECTED_CODES, OUT, SERVER_BIN, copyWorkspace, need, run, saveText, tagged, which } from './harness.js';

describe('Neovim with corroborate-ls', function () {
  this.timeout(90_000);

  it('shows the findings of the draft and the source quote on hover', async function () {
    const nvim = which('nvim');
    need(this, 'Neovim (nvim)', nvim, 'apt-get install neovim');
    const { workspace, cleanup } = copyWorkspace('nvim');
    try {
      const result = await run(nvim!, ['--headless', '--clean', '-n', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${path.join(EDITORS, 'nvim', 'check.lua')}`], {
        env: {
          CORROBORATE_LS: SERVER_BIN,
          CORROBORATE_DRAFT: path.join(workspace, 'draft.md'),
          CORROBORATE_EXPECT: EXPECTED_CODES.join(','),
          CORROBORATE_TIMEOUT: '45',
          XDG_STATE_HOME: path.join(workspace, '..', 'state'),
          XDG_CACHE_HOME: path.join(workspace, '..', 'cache'),
        },
        timeoutMs: 60_000,
      });
      const transcript = `$ nvim --headless … check.lua  (exit ${result.code}${result.timedOut ? ', timed out' : ''})\n${result.stdout}${result.stderr}`;
      saveText(path.join(OUT, 'neovim.txt'), transcript);
      console.log(result.stdout.replace(/^/gm, '      '));
      assert.equal(result.code, 0, transcript);
      const diagnostics = tagged(result.stdout, 'DIAG');
      assert.deepEqual(diagnostics.map((d) => d.split(' ')[2]).sort(), EXPECTED_CODES, transcript);
      assert.ok(diagnostics.includes('3:30 warning contradicted The source says 143 days ("The Fall of Varnholt"); the draft says 90 days.'), transcript);
      assert.match(tagged(result.stdout, 'HOVER').join('\n'), /The siege of Varnholt lasted 143 days\./, transcript);
    } finally {
      cleanup();
    }
  });
});
