// Word documents (`.docx`): mammoth turns the document into HTML (headings kept), read as blocks of
// Markdown like a web page's article; each block's place is its paragraph's number. Title and
// author come from the document's properties (docProps/core.xml). The archive is unpacked with a
// cap first (readers/zip.ts), so mammoth never meets a zip bomb.
import { fromHtml } from 'hast-util-from-html';
import { blocksOf, blocksToMarkdown, indexParents } from './htmlBlocks.js';
import { Unreadable, type ReaderLimits, type ReadText } from './types.js';
import { unzip } from './zip.js';

/** An element's text in an XML part, entities undone: enough for the few fields of core.xml. */
function xmlField(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const text = match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();
  return text || undefined;
}

export function coreProperties(xml: string | undefined): { title?: string; author?: string } {
  if (!xml) return {};
  const title = xmlField(xml, 'dc:title');
  const author = xmlField(xml, 'dc:creator');
  return { ...(title ? { title } : {}), ...(author ? { author } : {}) };
}

export async function readDocx(bytes: Uint8Array, _file: string, limits: ReaderLimits): Promise<ReadText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Every entry is unpacked once under the cap: what mammoth unpacks after is as small.
  const entries = unzip(buffer, limits.maxUnpackedBytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new Unreadable('it is not a Word document (no word/document.xml in it)');
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (error) {
    throw new Unreadable(`it is not a readable Word document (${(error as Error)?.message ?? String(error)})`);
  }
  const tree = fromHtml(html, { fragment: true });
  indexParents(tree);
  const blocks = blocksOf(tree, () => false);
  const { text, places } = blocksToMarkdown(blocks, (_block, i) => ({ kind: 'paragraph', label: String(i + 1) }));
  const core = entries.find((e) => e.name === 'docProps/core.xml')?.data.toString('utf8');
  const warnings = blocks.length === 0 ? ['the document has no text'] : [];
  return { text, format: 'markdown', places, warnings, ...coreProperties(core) };
}
