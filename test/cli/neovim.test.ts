/**
 * The README's Neovim setup, as written, in a real Neovim: `nvim --headless` loads the README's Lua block for
 * its version (the README labels each block "Neovim X.Y+ ...:" or "Neovim X.Y to X.Z ...:", the label ending with a colon before the block), opens a design doc that
 * misses its offline metrics, and waits for `mlsd-lint --lsp` to publish that diagnostic through Neovim's
 * built-in LSP client; then asks for the code actions on it. The `mlsd-lint` on PATH is this checkout's
 * bin/mlsd-lint.js. Debian 12's apt has Neovim 0.7.2 (.ci/run installs it), which runs the 0.7 block as
 * written; the 0.11 block runs as written in a Neovim 0.11, else through a shim of vim.lsp.config/enable.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'core', 'missing-offline-metrics.md');
/** What the fixture says it expects: `expect.findings` in its front matter ("L143 missing-topic eval-offline-metrics"). */
const EXPECTED_LINE = Number(/- "L(\d+) missing-topic eval-offline-metrics"/.exec(readFileSync(FIXTURE, 'utf8'))![1]);

type Version = [number, number];
const atLeast = (v: Version, w: Version) => v[0] > w[0] || (v[0] === w[0] && v[1] >= w[1]);

/** The README's Lua blocks for Neovim, each with the versions its label says it is for. */
function readmeNeovimBlocks(readme: string): Array<{ from: Version; to?: Version; lua: string }> {
  const out: Array<{ from: Version; to?: Version; lua: string }> = [];
  const re = /Neovim (\d+)\.(\d+)(?:\+| to (\d+)\.(\d+))(?:(?!\n\n)[\s\S])*?:\n\n```lua\n([\s\S]*?)```/g;
  for (let m = re.exec(readme); m; m = re.exec(readme)) {
    out.push({ from: [Number(m[1]), Number(m[2])], ...(m[3] ? { to: [Number(m[3]), Number(m[4])] as Version } : {}), lua: m[5]! });
  }
  return out;
}

/** Run after the README's block: waits for our diagnostics, asks for code actions, writes what it saw as JSON. */
const HARNESS = `
local out = os.getenv('MLSD_NVIM_OUT')
local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end
local buf = vim.api.nvim_get_current_buf()
local function ours()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'mlsd-lint' then table.insert(found, d) end
  end
  return found
end
local got = vim.wait(30000, function() return #ours() > 0 end, 100)
local result = { version = vim.version(), filetype = vim.bo[buf].filetype, clients = {}, diagnostics = {}, actions = {} }
for _, c in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(result.clients, c.name) end
if not got then return finish(result) end
for _, d in ipairs(ours()) do
  table.insert(result.diagnostics, { lnum = d.lnum, message = d.message, code = d.code, severity = d.severity })
end
local target
for _, d in ipairs(ours()) do
  if d.code == 'missing-topic' and d.message:find('Offline metrics') then target = d end
end
if target then
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = target.lnum, character = 0 }, ['end'] = { line = target.lnum, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum) or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do table.insert(result.actions, a.title) end
  end
end
finish(result)
`;

/**
 * For a block written for a newer Neovim than the installed one: vim.lsp.config / vim.lsp.enable (0.11) in
 * terms of 0.7's client API, so the block's own values (cmd, filetypes, root_markers, settings) are tried
 * against the server. Not Neovim 0.11 itself: the closest Debian's apt allows.
 */
const SHIM_0_11 = `
if not vim.lsp.config then
  local configs, ids = {}, {}
  vim.lsp.config = function(name, cfg) configs[name] = cfg end
  vim.lsp.enable = function(name)
    local cfg = configs[name]
    vim.api.nvim_create_autocmd('FileType', { pattern = cfg.filetypes, callback = function(args)
      local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
      local root = vim.fn.getcwd()
      for _, marker in ipairs(cfg.root_markers or {}) do
        local f = vim.fn.findfile(marker, dir .. ';')
        if f ~= '' then root = vim.fn.fnamemodify(f, ':p:h') break end
        local d = vim.fn.finddir(marker, dir .. ';')
        if d ~= '' then root = vim.fn.fnamemodify(d, ':p:h:h') break end
      end
      ids[root] = ids[root] or vim.lsp.start_client({ name = name, cmd = cfg.cmd, root_dir = root, settings = cfg.settings })
      vim.lsp.buf_attach_client(args.buf, ids[root])
    end })
  end
end
`;

interface NvimResult {
  filetype: string;
  clients: string[];
  diagnostics: Array<{ lnum: number; message: string; code: string; severity: number }>;
  actions: string[];
}

/** Runs `lua` (after `shim`) in nvim --headless on a design doc of a new project; what the harness saw. */
function runInNvim(lua: string, shim = ''): NvimResult {
  // A project with a design doc, and `mlsd-lint` on PATH as `npm install -g mlsd-lint` puts it.
  const root = tempDir('mlsd-nvim-');
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'design'));
  copyFileSync(FIXTURE, join(root, 'design', 'ranking.md'));
  const bin = join(root, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'mlsd-lint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'mlsd-lint'), 0o755);
  writeFileSync(join(bin, 'setup.lua'), shim + lua);
  writeFileSync(join(bin, 'harness.lua'), HARNESS);
  const out = join(bin, 'result.json');
  const r = spawnSync('nvim', ['--headless', '--clean', '--cmd', `luafile ${join(bin, 'setup.lua')}`, '-c', `luafile ${join(bin, 'harness.lua')}`, 'design/ranking.md'], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, MLSD_NVIM_OUT: out, XDG_STATE_HOME: bin, XDG_DATA_HOME: bin, XDG_CACHE_HOME: bin },
    encoding: 'utf8',
    timeout: 80000,
  });
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
  } catch {
    assert.fail(`nvim wrote no result (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${r.stderr || r.stdout}`);
  }
}

function assertDiagnosticsAndFix(result: NvimResult): void {
  assert.equal(result.filetype, 'markdown');
  assert.deepEqual(result.clients, ['mlsd_lint'], 'the README\'s client is attached to the doc');
  const d = result.diagnostics.find((x) => x.code === 'missing-topic' && /Offline metrics/.test(x.message));
  assert.ok(d, `the missing offline-metrics diagnostic (got ${JSON.stringify(result.diagnostics)})`);
  assert.equal(d.lnum + 1, EXPECTED_LINE, 'on the line the fixture says');
  assert.equal(d.severity, 1, 'an error');
  assert.ok(result.actions.includes('Insert section "Offline metrics"'), `the quick fix is offered (got ${result.actions.join(' | ')})`);
}

describe('the README\'s Neovim setup in a real Neovim (nvim --headless)', function () {
  this.timeout(90000);
  let version: Version;
  let blocks: ReturnType<typeof readmeNeovimBlocks>;

  before(function () {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      if (process.env.CI) assert.fail('nvim is not installed; .ci/run installs it with apt-get install neovim');
      this.skip();
    }
    const m = /NVIM v(\d+)\.(\d+)/.exec(probe.stdout);
    assert.ok(m, `nvim --version: ${probe.stdout}`);
    version = [Number(m[1]), Number(m[2])];
    blocks = readmeNeovimBlocks(readFileSync(join(process.cwd(), 'README.md'), 'utf8'));
    assert.ok(blocks.length > 0, 'the README has a Neovim setup in a ```lua block after a "Neovim X.Y+:" label');
  });

  it('the block for the installed Neovim, as written: diagnostics from mlsd-lint --lsp arrive in its built-in LSP client, and the quick fix is offered', function () {
    const block = blocks.find((b) => atLeast(version, b.from) && (!b.to || atLeast(b.to, version)));
    assert.ok(block, `the README has a Neovim setup for Neovim ${version.join('.')} (blocks for ${blocks.map((b) => `${b.from.join('.')}${b.to ? `-${b.to.join('.')}` : '+'}`).join(', ')})`);
    assertDiagnosticsAndFix(runInNvim(block.lua));
  });

  it('the Neovim 0.11+ block, through vim.lsp.config/enable written in 0.7\'s API when the installed Neovim is older: its cmd, filetypes, root markers and settings work', function () {
    const block = blocks.find((b) => b.from[0] === 0 && b.from[1] === 11 && !b.to);
    assert.ok(block, 'the README has a "Neovim 0.11+" block');
    if (atLeast(version, [0, 11])) this.skip(); // the test above ran it as written
    assertDiagnosticsAndFix(runInNvim(block.lua, SHIM_0_11));
  });
});
