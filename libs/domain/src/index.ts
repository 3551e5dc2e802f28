export * from './roles';
export * from './phone';
export * from './money';
export * from './identifiers';
export * from './customers';
export * from './regions';
export * from './orders';
export * from './risk';
