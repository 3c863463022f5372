// A short fingerprint of the code that made something cached (the index, the readers' text): the
// one way both caches tell that the code changed and an older entry must not be read.
import { createHash, type Hash } from 'node:crypto';

/** Hashes what `feed` adds; when that code cannot be read, a fingerprint nothing cached can match. */
export function codeFingerprint(feed: (hash: Hash) => void): string {
  const hash = createHash('sha256');
  try {
    feed(hash);
  } catch {
    hash.update(`unreadable:${Date.now()}`); // no entry can match: always made afresh
  }
  return hash.digest('hex').slice(0, 16);
}
