// FILE arguments as drafts: a folder is every `.md` file below it (hidden folders and node_modules
// passed over), a glob (quoted, so that the shell left it) the files it matches, anything else the
// file it names (which may not exist: reading it says so). Each draft once, in the order named.
// (To be one with `check`'s expansion when both commands take the same arguments.)
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../../corpus/walk.js';

const GLOB_CHARS = /[*?[{]/;

/** A glob as a regular expression over `/`-separated relative paths: `**` spans folders, `*` does not. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const wholeSegment = (i === 0 || glob[i - 1] === '/') && (glob[i + 2] === '/' || i + 2 === glob.length);
      if (wholeSegment && glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map((alt) => alt.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The folder a glob's matches are under (its segments before the first with a wildcard), and the rest. */
function splitGlob(glob: string): { base: string; rest: string } {
  const segments = glob.split(/[\\/]/);
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, first).join('/');
  return { base: base === '' && glob.startsWith('/') ? '/' : base, rest: segments.slice(first).join('/') };
}

async function kindOf(target: string): Promise<'folder' | 'file' | 'none'> {
  try {
    return (await fs.stat(target)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'none';
  }
}

/** The drafts the arguments name, and a line for each folder or glob that names none. */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const id = path.resolve(file);
    if (!seen.has(id)) {
      seen.add(id);
      files.push(file);
    }
  };
  for (const input of inputs) {
    const kind = await kindOf(input);
    const found: string[] = [];
    if (kind === 'folder') {
      await walkFiles(input, { onFile: (file) => void (/\.md$/i.test(file) && found.push(file)) });
    } else if (kind === 'none' && GLOB_CHARS.test(input)) {
      const { base, rest } = splitGlob(input);
      const pattern = globToRegExp(rest);
      const root = base || '.';
      await walkFiles(root, { onFile: (file) => void (pattern.test(path.relative(root, file).split(path.sep).join('/')) && found.push(base ? file : path.relative('.', file))) });
    } else {
      add(input);
      continue;
    }
    if (found.length === 0) empty.push(kind === 'folder' ? `${input}: no .md files in this folder` : `${input}: no file matches`);
    found.forEach(add);
  }
  return { files, empty };
}
