// Public surface of the data layer: reading and validating career graph files.
export * from './closest-ids';
export * from './format-schema';
export * from './limits';
export * from './load';
export * from './problem';
export * from './validate';
