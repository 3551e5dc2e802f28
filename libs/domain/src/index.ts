export * from './roles';
export * from './phone';
export * from './money';
