// Writing the server's messages over stdio. After every keystroke a draft's diagnostics are all sent
// again, and at 60,000 words writing them out as JSON (a few hundred kilobytes) cost about 5 ms of
// each: most of them are the very objects sent the last time (lsp/features/diagnostics.ts keeps a
// block's diagnostics while the block keeps its results and its place). Their JSON is kept with them
// and joined. (Over node IPC, as VS Code runs the server, Node serialises the messages itself.)
import { PublishDiagnosticsNotification, StreamMessageWriter, type ContentTypeEncoder, type Message, type NotificationMessage } from 'vscode-languageserver/node';

/**
 * Each published diagnostic's JSON, kept with it in UTF-8. A diagnostic is never changed once it is
 * made (the server makes a new one for a finding that moved or changed), so its JSON stays true.
 */
const DIAGNOSTIC_JSON = new WeakMap<object, Buffer>();

/** A diagnostic's JSON in UTF-8, written the first time it is sent. */
function diagnosticBytes(diagnostic: unknown): Buffer {
  if (typeof diagnostic !== 'object' || diagnostic === null) return Buffer.from(JSON.stringify(diagnostic) ?? 'null');
  let bytes = DIAGNOSTIC_JSON.get(diagnostic);
  if (bytes === undefined) DIAGNOSTIC_JSON.set(diagnostic, (bytes = ownBytes(JSON.stringify(diagnostic))));
  return bytes;
}

/**
 * A string's UTF-8 in memory of its own. (Buffer.from cuts a short string's from a shared slab,
 * which one kept diagnostic would then keep alive for all the others cut from it.)
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/** The list's place in the message written with an empty list: a key's quote is never escaped, a string's always is. */
const EMPTY_LIST = '"diagnostics":[]';
const COMMA = Buffer.from(',');

/**
 * A message as UTF-8 JSON, the same bytes JSON.stringify writes: a publishDiagnostics
 * notification's diagnostics joined from each one's kept bytes, any other message written afresh.
 */
export function messageBytes(message: Message): Buffer {
  const params = (message as NotificationMessage).params as { diagnostics?: unknown } | undefined;
  if ((message as NotificationMessage).method !== PublishDiagnosticsNotification.method || !params || !Array.isArray(params.diagnostics) || params.diagnostics.length === 0) {
    return Buffer.from(JSON.stringify(message));
  }
  const shell = JSON.stringify({ ...message, params: { ...params, diagnostics: [] } });
  const at = shell.indexOf(EMPTY_LIST);
  if (at < 0) return Buffer.from(JSON.stringify(message));
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at + EMPTY_LIST.length - 1))];
  params.diagnostics.forEach((d: unknown, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(diagnosticBytes(d));
  });
  parts.push(Buffer.from(shell.slice(at + EMPTY_LIST.length - 1)));
  return Buffer.concat(parts);
}

/** The encoder of application/json that writes messages through messageBytes (in UTF-8, as the server always writes). */
export const KEPT_JSON_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => {
    try {
      const utf8 = /^utf-?8$/i.test(options.charset);
      return Promise.resolve(utf8 ? messageBytes(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};

/** A writer to stdout that joins the kept JSON of the diagnostics it sent before. */
export function stdoutWriter(): StreamMessageWriter {
  return new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: KEPT_JSON_ENCODER });
}
