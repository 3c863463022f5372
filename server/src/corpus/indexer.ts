// One index per distinct list of source paths, read and indexed once: what the command line, the
// report and their worker threads share (drafts under different settings may name other sources).
import type { CorpusIndex } from '../engine/index.js';
import { indexCorpus } from './cache.js';
import { loadSources } from './sources.js';

export interface IndexerOptions {
  cacheDir: string | undefined;
  warn: (message: string) => void;
  /** Worker threads for indexing a large corpus (0 in a worker thread, which is one already). */
  workers?: number;
  /** Say when no source could be read from the paths (not again in a worker thread). */
  sayEmpty?: boolean;
}

export function corpusIndexer(options: IndexerOptions): (paths: string[]) => Promise<CorpusIndex> {
  const { cacheDir, warn, workers, sayEmpty = true } = options;
  const indexes = new Map<string, Promise<CorpusIndex>>();
  return (paths) => {
    const key = JSON.stringify(paths);
    let index = indexes.get(key);
    if (!index) {
      index = loadSources(paths, { warn, cacheDir }).then(async (sources) => {
        if (sayEmpty && sources.length === 0) warn(`no sources could be read from ${paths.join(', ')}; every claim will be reported as not in the sources`);
        return (await indexCorpus(sources, { cacheDir, warn, ...(workers !== undefined ? { workers } : {}) })).index;
      });
      indexes.set(key, index);
    }
    return index;
  };
}
