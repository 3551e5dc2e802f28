import { Foundation1764072000000 } from './1764072000000-Foundation';

/** Every migration in order; listed explicitly so the build and the tests load the same set. */
export const migrations = [Foundation1764072000000];
