#!/usr/bin/env node
// The Corroborate language server: `corroborate-ls --stdio` (or --node-ipc, --socket=PORT).
// Built by `npm install` (prepare runs `tsc -b`) into out/.
import '../out/server/src/lsp/main.js';
