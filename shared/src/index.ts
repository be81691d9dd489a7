export * from './community';
export * from './errors';
export * from './permissions';
export * from './roles';
export * from './vocabularies';
export * from './personal-data';
export * from './discussions';
export * from './events';
