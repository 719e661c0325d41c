export type { ComposedAnswer, ModelAnswerer } from './model-answerer';
export { citesNeverReworded, topicsForModel } from './never-reworded';
export { readCompletion } from './read-completion';
