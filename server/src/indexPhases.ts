// The corpus index in phases (prepareSource, mergeStats, readSource, assembleIndex) lives in the
// engine; this module keeps the names the cache and the worker threads import.
export {
  assembleIndex,
  buildCorpusIndex as buildInPhases,
  isMarkdownSource,
  mergeStats,
  prepareSource,
  readSource,
  type CorpusStats,
  type PreparedSentence,
  type PreparedSource,
  type ReadSource,
  type SourceStats,
} from './engine/index.js';
