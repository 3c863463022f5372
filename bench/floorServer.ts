// The floor for a keystroke: a language server on the same library as Corroborate's
// (vscode-languageserver over stdio, incremental sync) that checks nothing. It answers each
// didChange by publishing the diagnostics the real server published for that version, recorded
// in an earlier run of the same edits. Whatever this costs, so would any server that sent them.
//   node out/bench/floorServer.js --stdio RECORD.json
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Diagnostics by version, each version a list of indices into `table` (distinct diagnostics, stored once). */
export interface DiagnosticsRecord {
  table: Diagnostic[];
  versions: Record<string, number[]>;
}

const recordFile = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!recordFile) throw new Error('usage: floorServer.js --stdio RECORD.json');
const record = JSON.parse(readFileSync(recordFile, 'utf8')) as DiagnosticsRecord;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));

/** Publishes what the real server published for the document's version (nothing checked). */
function publish(document: TextDocument): void {
  const ids = record.versions[String(document.version)] ?? [];
  const diagnostics = ids.map((i) => record.table[i]!);
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

documents.onDidChangeContent((event) => publish(event.document));
documents.listen(connection);
connection.listen();
