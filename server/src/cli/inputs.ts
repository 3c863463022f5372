// What `corroborate check` is given to check, made into a list of drafts: files as named, folders
// (every Markdown file below, as walkFiles finds them: no hidden folders, no node_modules), globs the
// shell left alone (quoted, or matching nothing for it), and `-` for standard input.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globBase, globToRegExp, hasGlob, toSlashes } from '../corpus/glob.js';
import { MARKDOWN_EXTENSIONS, walkFiles } from '../corpus/walk.js';

/** A draft to check, in the order the command line gave it. */
export interface DraftInput {
  /** Its name in the output: the path as given, or as a folder or glob gave it (`submissions/ana.md`). */
  file: string;
  /** Its absolute path (for standard input, that of --stdin-filename, if given). */
  path?: string;
  /** Read from standard input. */
  stdin?: boolean;
  /** Named on the command line itself, not found in a folder or by a glob. */
  explicit: boolean;
  /** Why an argument (a folder, a glob) gave nothing to check: no draft, only this reason. */
  problem?: string;
}

export const STDIN = '-';
/** How a draft read from standard input is named when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';

const isMarkdown = (file: string) => MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());

/**
 * The drafts that `args` name, in order, each once (where first named; explicit if the command line
 * names it itself anywhere), and, in their places, the arguments that named nothing. A glob takes the
 * files it matches, or only the Markdown ones when its last segment names no extension
 * (`submissions/**`); a folder takes its Markdown files.
 */
export async function expandInputs(args: readonly string[], cwd: string, stdinFilename?: string): Promise<DraftInput[]> {
  const inputs: DraftInput[] = [];
  const seen = new Map<string, DraftInput>();
  const add = (input: DraftInput) => {
    const id = input.stdin ? STDIN : input.path!;
    const earlier = seen.get(id);
    if (earlier) {
      earlier.explicit ||= input.explicit;
      return;
    }
    seen.set(id, input);
    inputs.push(input);
  };
  const problem = (file: string, reason: string) => inputs.push({ file, explicit: true, problem: reason });
  for (const arg of args) {
    if (arg === STDIN) {
      add({ file: stdinFilename ?? STDIN_NAME, path: stdinFilename === undefined ? undefined : path.resolve(cwd, stdinFilename), stdin: true, explicit: true });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      await walkFiles(absolute, { onFile: (file) => void (isMarkdown(file) && found.push(file)) });
      if (found.length === 0) problem(arg, `holds no Markdown file (${MARKDOWN_EXTENSIONS.join(', ')})`);
      // The names as a shell would give them: the folder as written, then the path below it.
      for (const file of found) add({ file: path.join(arg, path.relative(absolute, file)), path: file, explicit: false });
    } else if (!stat && hasGlob(arg)) {
      const found = await expandGlob(arg, cwd);
      if (found.length === 0) problem(arg, 'no file matches this pattern');
      for (const file of found) add({ file: path.isAbsolute(arg) ? file : path.relative(cwd, file), path: file, explicit: false });
    } else {
      // A file, or something reading it will say why it cannot be checked (missing, a fifo, …).
      add({ file: arg, path: absolute, explicit: true });
    }
  }
  return inputs;
}

/** The files a glob matches, as absolute paths, in walk order. */
async function expandGlob(glob: string, cwd: string): Promise<string[]> {
  const absoluteGlob = toSlashes(path.resolve(cwd, glob));
  const regex = globToRegExp(absoluteGlob);
  const last = absoluteGlob.slice(absoluteGlob.lastIndexOf('/') + 1);
  const namesExtension = /\.[A-Za-z0-9]+$/.test(last);
  const files: string[] = [];
  await walkFiles(globBase(absoluteGlob) || '/', {
    onFile: (file) => {
      if ((namesExtension || isMarkdown(file)) && regex.test(toSlashes(file))) files.push(file);
    },
  });
  return files;
}
