-- Neovim (0.7+) against corroborate-ls, for the editor tests. Run as:
--   nvim --headless --clean -n -u NONE -c "luafile check.lua"
-- with, in the environment, CORROBORATE_LS (path to bin/corroborate-ls.js), CORROBORATE_DRAFT (the
-- Markdown draft; its folder is the root), CORROBORATE_EXPECT (the finding codes to wait for, sorted,
-- comma-separated) and CORROBORATE_TIMEOUT (seconds, default 60).
-- Prints one line per diagnostic, "DIAG <line>:<col> <severity> <code> <message>", then "HOVER <text>"
-- for the first one, and exits 0; prints FAIL and exits 1 when the expected codes do not arrive in time.
local server = os.getenv('CORROBORATE_LS')
local draft = os.getenv('CORROBORATE_DRAFT')
local expect = os.getenv('CORROBORATE_EXPECT') or ''
local timeout = tonumber(os.getenv('CORROBORATE_TIMEOUT') or '60') * 1000

local function say(line)
  io.stdout:write(line .. '\n')
end

local function fail(message)
  say('FAIL ' .. message)
  io.stdout:flush()
  vim.cmd('cquit 1')
end

if not server or not draft then
  fail('set CORROBORATE_LS and CORROBORATE_DRAFT')
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
vim.bo.filetype = 'markdown'
local bufnr = vim.api.nvim_get_current_buf()

-- As in docs-editor.md. Neovim answers workspace/configuration from `settings`, but before 0.8 it
-- does not say it can, so the server is also sent them once it has started (`on_init`).
local client_id = vim.lsp.start_client({
  name = 'corroborate',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':p:h'),
  settings = {
    corroborate = { sources = { 'sources' }, includeBundledCorpus = false, debounceMs = 0 },
  },
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
})
if not client_id then
  fail('vim.lsp.start_client returned nil')
end
vim.lsp.buf_attach_client(bufnr, client_id)

local function codes()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)))
  end
  table.sort(list)
  return table.concat(list, ',')
end

-- Findings may be published more than once (as the sources are indexed): wait for the expected ones.
local arrived = vim.wait(timeout, function()
  return #vim.diagnostic.get(bufnr) > 0 and (expect == '' or codes() == expect)
end, 50)
if not arrived then
  fail(string.format('timed out after %d ms waiting for diagnostics %s; have: %s', timeout, expect, codes()))
end

local severities = { 'error', 'warning', 'info', 'hint' }
local diagnostics = vim.diagnostic.get(bufnr)
table.sort(diagnostics, function(a, b)
  return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
end)
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  say(string.format('DIAG %d:%d %s %s %s', d.lnum + 1, d.col + 1, severities[d.severity] or '?', code,
    (d.message:gsub('\n', ' '))))
end

-- The evidence for the first finding, as `K` (vim.lsp.buf.hover) would show it.
local first = diagnostics[1]
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = first.lnum, character = first.col },
}, timeout)
local hover = ''
for _, response in pairs(responses or {}) do
  local contents = response.result and response.result.contents
  if contents then
    hover = hover .. (contents.value or vim.inspect(contents))
  end
end
say('HOVER ' .. hover:gsub('\n', ' '))

vim.lsp.stop_client(client_id)
vim.wait(5000, function()
  return vim.lsp.client_is_stopped(client_id)
end, 50)
io.stdout:flush()
vim.cmd('qall!')
