// The two per-source phases of indexing as jobs, shared by this thread and the worker threads:
// prepare a source (its sentences and statistics), then read it with the corpus's names into a cache
// entry (bytes) or, in this thread, into objects.
import type { SourceInput } from '../engine/index.js';
import { EncodeError } from './indexCodec.js';
import { encodeSourceEntry, queriesOf, RecordingNames, type EntryIdentity } from './indexEntry.js';
import { prepareSource, readSource, type PreparedSource, type ReadSource, type SourceStats } from '../engine/index.js';

export interface Job {
  id: number;
  input: SourceInput;
  hash: string;
}

/** Prepared sources, kept between the two phases. */
export class JobRunner {
  private readonly prepared = new Map<number, { job: Job; prepared: PreparedSource }>();

  constructor(private readonly identity: EntryIdentity) {}

  prepare(job: Job): SourceStats {
    const prepared = prepareSource(job.input);
    this.prepared.set(job.id, { job, prepared });
    return prepared.stats;
  }

  /**
   * Reads a prepared source (or prepares it first) with the corpus's names. Returns the objects and,
   * when `encode`, the cache entry; an index that cannot be encoded gives no entry and a reason.
   */
  read(
    id: number,
    knownNames: ReadonlySet<string>,
    namesHash: string,
    encode: boolean,
    job?: Job,
  ): { job: Job; read: ReadSource; entry?: Uint8Array; notCached?: string } {
    let held = this.prepared.get(id);
    if (!held) {
      if (!job) throw new Error(`source ${id} was not prepared`);
      held = { job, prepared: prepareSource(job.input) };
    }
    this.prepared.delete(id);
    const recorder = new RecordingNames(knownNames);
    const read = readSource(held.prepared, recorder);
    if (!encode) return { job: held.job, read };
    try {
      const entry = encodeSourceEntry(this.identity, held.job.hash, held.job.input, read, held.prepared.stats, queriesOf(recorder), namesHash);
      return { job: held.job, read, entry };
    } catch (error) {
      if (error instanceof EncodeError) return { job: held.job, read, notCached: error.message };
      throw error;
    }
  }

  get size(): number {
    return this.prepared.size;
  }
}
