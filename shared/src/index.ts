export * from './community';
export * from './errors';
export * from './roles';
