// The report's folder: new, empty, or one an earlier report wrote (whose pages are replaced). Any
// other folder is left alone: a report never overwrites files it did not write.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GENERATOR_MARK } from './layout.js';

/** Why the report cannot be written in `dir`, or undefined when it can. */
export async function outDirProblem(dir: string): Promise<string | undefined> {
  let names: string[];
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return 'is a file, not a folder';
    names = await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : `cannot be read (${code ?? 'error'})`;
  }
  if (names.length === 0) return undefined;
  let index = '';
  try {
    index = await fs.readFile(path.join(dir, 'index.html'), 'utf8');
  } catch {
    // not a report
  }
  return index.includes(GENERATOR_MARK) ? undefined : 'is not empty and holds no Corroborate report; give --out a new or empty folder';
}

/** Makes the folder ready for the pages: the pages of an earlier report in it are removed. */
export async function prepareOutDir(dir: string): Promise<void> {
  await fs.rm(path.join(dir, 'drafts'), { recursive: true, force: true });
  await fs.rm(path.join(dir, 'sources'), { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'drafts'), { recursive: true });
  await fs.mkdir(path.join(dir, 'sources'), { recursive: true });
}
