// The walkthrough's commands (client/src/walkthrough.ts) against a small stand-in for the `vscode`
// API: adding a sources folder writes corroborate.sources where it belongs, and the sample draft
// opens as a new Markdown document.
import assert from 'node:assert/strict';
import path from 'node:path';
import type * as vscode from 'vscode';
import { addSourcesFolder, openSample, sourcesEntryFor, withSources } from '../../client/src/walkthrough.js';
import { tempTree } from './lspClient.js';

const Workspace = 2;
const Global = 1;

interface Recorded {
  updates: Array<[string, unknown, number]>;
  messages: string[];
  opened: Array<{ language?: string; content?: string }>;
  shown: number;
}

function stubApi(options: { picked?: string[]; folders: string[]; workspaceValue?: unknown; globalValue?: unknown }): { api: typeof vscode; recorded: Recorded } {
  const recorded: Recorded = { updates: [], messages: [], opened: [], shown: 0 };
  const uri = (fsPath: string) => ({ scheme: 'file', fsPath });
  const api = {
    ConfigurationTarget: { Global, Workspace, WorkspaceFolder: 3 },
    window: {
      showOpenDialog: async () => options.picked?.map(uri),
      showInformationMessage: async (m: string) => void recorded.messages.push(m),
      showWarningMessage: async (m: string) => void recorded.messages.push(`warning: ${m}`),
      showTextDocument: async () => void recorded.shown++,
    },
    workspace: {
      workspaceFolders: options.folders.map((f, index) => ({ uri: uri(f), name: path.basename(f), index })),
      getConfiguration: () => ({
        inspect: () => ({ key: 'corroborate.sources', workspaceValue: options.workspaceValue, globalValue: options.globalValue }),
        update: async (key: string, value: unknown, target: number) => void recorded.updates.push([key, value, target]),
      }),
      openTextDocument: async (init: { language?: string; content?: string }) => {
        recorded.opened.push(init);
        return { uri: { scheme: 'untitled' } };
      },
    },
  };
  return { api: api as unknown as typeof vscode, recorded };
}

describe('the walkthrough: adding a sources folder', () => {
  const w = path.resolve('/w');
  const entries: Array<[string, string, string[], string]> = [
    ['a folder inside the one workspace folder', path.join(w, 'class', 'sources'), [w], 'class/sources'],
    ['the workspace folder itself', w, [w], '.'],
    ['a folder outside it', path.resolve('/elsewhere/sources'), [w], path.resolve('/elsewhere/sources')],
    ['a folder beside it whose name starts the same', path.resolve('/w-other'), [w], path.resolve('/w-other')],
    ['no workspace folder', path.join(w, 'sources'), [], path.join(w, 'sources')],
    ['two workspace folders (a relative entry is looked for in each)', path.join(w, 'sources'), [w, path.resolve('/v')], path.join(w, 'sources')],
  ];
  for (const [name, folder, folders, expected] of entries) {
    it(`writes ${name} as "${expected}"`, () => assert.equal(sourcesEntryFor(folder, folders), expected));
  }

  it('adds each entry once to what the setting holds', () => {
    assert.deepEqual(withSources(['notes', 'sources'], ['sources', 'more']), ['notes', 'sources', 'more']);
    assert.deepEqual(withSources(undefined, ['sources']), ['sources']);
    assert.deepEqual(withSources('not a list', ['sources']), ['sources']);
  });

  it('writes the picked folders to the workspace settings, keeping what was there', async () => {
    const { api, recorded } = stubApi({ picked: [path.join(w, 'sources'), path.join(w, 'notes')], folders: [w], workspaceValue: ['old'], globalValue: ['mine'] });
    assert.deepEqual(await addSourcesFolder(api), ['old', 'sources', 'notes']);
    assert.deepEqual(recorded.updates, [['sources', ['old', 'sources', 'notes'], Workspace]]);
    assert.match(recorded.messages[0]!, /added "sources", "notes" to corroborate\.sources \(workspace settings\)/);
  });

  it('without a workspace folder, writes the absolute path to the user settings', async () => {
    const folder = path.resolve('/home/student/sources');
    const { api, recorded } = stubApi({ picked: [folder], folders: [], globalValue: ['mine'] });
    await addSourcesFolder(api);
    assert.deepEqual(recorded.updates, [['sources', ['mine', folder], Global]]);
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const { api, recorded } = stubApi({ picked: undefined, folders: [w] });
    assert.equal(await addSourcesFolder(api), undefined);
    assert.deepEqual(recorded.updates, []);
    assert.deepEqual(recorded.messages, []);
  });
});

describe('the walkthrough: the sample draft', () => {
  it('opens the first Markdown sample of the package as a new Markdown document', async () => {
    const tree = tempTree({ 'examples/b-second.md': 'Second.\n', 'examples/a-first.md': 'The siege of Varnholt lasted 90 days.\n', 'examples/notes.txt': 'Not a draft.\n' });
    try {
      const { api, recorded } = stubApi({ folders: [] });
      assert.equal(await openSample(api, tree.dir), 'The siege of Varnholt lasted 90 days.\n');
      assert.deepEqual(recorded.opened, [{ language: 'markdown', content: 'The siege of Varnholt lasted 90 days.\n' }]);
      assert.equal(recorded.shown, 1);
    } finally {
      tree.cleanup();
    }
  });

  it('says so, and opens nothing, when the package holds no sample', async () => {
    const tree = tempTree({ 'other/readme.md': 'x\n' });
    try {
      const { api, recorded } = stubApi({ folders: [] });
      assert.equal(await openSample(api, tree.dir), undefined);
      assert.deepEqual(recorded.opened, []);
      assert.match(recorded.messages[0]!, /^warning: Corroborate: no sample draft in .*examples\.$/);
    } finally {
      tree.cleanup();
    }
  });
});
