/** Public surface of the work-history module. */
export { createWorkHistoryService, normalizeTags, type WorkHistoryDeps, type WorkHistoryLogger } from './service.js';
export { createOpenAIEmbeddings, embeddingsFromConfig, type EmbeddingProvider } from './embeddings.js';
export { createFts5Index } from './fts5-index.js';
export type { SearchIndex } from './search-index.js';
export * from './types.js';
