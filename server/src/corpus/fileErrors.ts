// Why a file or folder named in the settings cannot be used, in the words every warning uses.

/** `does not exist` for a path that is not there (or runs through a file), else `cannot be read`. */
export function whyUnreadable(error: unknown): 'does not exist' | 'cannot be read' {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : 'cannot be read';
}
