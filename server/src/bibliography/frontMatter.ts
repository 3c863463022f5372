// The bibliographies a draft's YAML front matter names, as pandoc reads them:
// `bibliography: refs.bib`, `bibliography: [a.bib, b.json]`, or a list of `- a.bib` lines.
import path from 'node:path';
import { frontMatterOf } from '../frontMatter.js';
import type { BibliographyFile } from './files.js';

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/** The paths the front matter's `bibliography:` field gives, as written. */
export function frontMatterBibliographies(text: string): string[] {
  const frontMatter = frontMatterOf(text);
  if (!frontMatter) return [];
  const lines = frontMatter.split(/\r?\n/);
  const at = lines.findIndex((l) => /^bibliography\s*:/.test(l));
  if (at < 0) return [];
  const value = lines[at]!.replace(/^bibliography\s*:/, '').replace(/\s+#.*$/, '').trim();
  if (value.startsWith('[')) return value.replace(/^\[|\]$/g, '').split(',').map(unquote).filter(Boolean);
  if (value) return [unquote(value)];
  const items: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (!item) break;
    items.push(unquote(item[1]!.replace(/\s+#.*$/, '')));
  }
  return items.filter(Boolean);
}

/** The front matter's bibliographies of a draft in `dir`, resolved against that folder. */
export function draftBibliographies(text: string, dir: string, draftName: string): BibliographyFile[] {
  return frontMatterBibliographies(text).map((p) => ({ path: path.resolve(dir, p), origin: `the front matter of ${draftName}` }));
}
