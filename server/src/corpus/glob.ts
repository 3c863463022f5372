// Globs as the sources setting, `.corroborate.json` and the command line's arguments write them:
// `**` any depth, `*` and `?` within a segment, `{a,b}` alternatives, `[abc]` character classes.
const GLOB_CHARS = /[*?[\]{}]/;

export function hasGlob(entry: string): boolean {
  return GLOB_CHARS.test(entry);
}

export function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * A glob as a regular expression over `/`-separated paths: `**` any depth, `*` and `?` within a
 * segment, `{a,b}` alternatives, `[abc]` character classes.
 */
export function globToRegExp(glob: string): RegExp {
  const g = toSlashes(glob);
  let out = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const atSegmentStart = i === 0 || g[i - 1] === '/';
        const atSegmentEnd = g[i + 2] === undefined || g[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (g[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close > i + 1) {
        let body = g.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body}]`;
        i = close;
      } else {
        out += '\\[';
      }
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  while (braces-- > 0) out += ')';
  return new RegExp(`^${out}$`, process.platform === 'win32' ? 'i' : '');
}

/** The folder part of a glob before its first wildcard segment: `notes/**\/*.md` → `notes`. */
export function globBase(glob: string): string {
  const segments = toSlashes(glob).split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (hasGlob(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' && glob.startsWith('/') ? '/' : base;
}

/**
 * An ignore pattern, written as in .gitignore relative to `baseDir`, made absolute: a pattern with
 * no `/` but a trailing one matches a name at any depth (`old`, `*.notes.md`); one with a `/`
 * (`drafts/old`, `/late.md`) is anchored to `baseDir`. A trailing `/` keeps it to folders. An
 * absolute path inside `baseDir` is taken as it is.
 */
export function ignorePattern(pattern: string, baseDir: string): string {
  const p = toSlashes(pattern.trim());
  // An absolute path inside baseDir (as a shell's completion writes it), or on another drive.
  if (/^[A-Za-z]:\//.test(p) || p.startsWith(toSlashes(baseDir).replace(/\/+$/, '') + '/')) return p;
  const folderOnly = p.length > 1 && p.endsWith('/');
  const body = folderOnly ? p.slice(0, -1) : p;
  const base = toSlashes(baseDir).replace(/\/+$/, '');
  const anchored = body.includes('/');
  const rest = body.replace(/^\/+/, '').replace(/^\.\//, '');
  return `${base}/${anchored ? '' : '**/'}${rest}${folderOnly ? '/' : ''}`;
}

export interface IgnoreMatcher {
  /** The pattern as written (for messages). */
  pattern: string;
  /** Is this absolute path, or a folder it lies in, left out? */
  ignores(absolutePath: string): boolean;
}

/** Matchers for absolute ignore patterns (see ignorePattern). */
export function ignoreMatchers(patterns: readonly string[], shown: readonly string[] = patterns): IgnoreMatcher[] {
  return patterns.map((absolute, i) => {
    const folderOnly = absolute.endsWith('/');
    const regex = globToRegExp(folderOnly ? absolute.slice(0, -1) : absolute);
    return {
      pattern: shown[i] ?? absolute,
      ignores(absolutePath: string): boolean {
        const p = toSlashes(absolutePath);
        if (!folderOnly && regex.test(p)) return true;
        // A folder the path lies in: each of its ancestors.
        for (let slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
          if (regex.test(p.slice(0, slash))) return true;
        }
        return false;
      },
    };
  });
}
