// Public surface of the domain layer: types, requirement helpers and the graph model.
export * from './career-graph';
export * from './requirement';
export * from './types';
