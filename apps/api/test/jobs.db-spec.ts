import { JobQueue } from '../src/jobs/job-queue.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const waitFor = async (condition: () => boolean, timeoutMs = 20_000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('PostgreSQL-backed job queue', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('runs each job exactly once when two app processes work the same queue', async () => {
    const a = new JobQueue(db.url);
    const b = new JobQueue(db.url);
    await a.onModuleInit();
    await b.onModuleInit();
    const handledBy: Record<number, string[]> = {};
    const handler = (name: string) => async (data: { n: number }) => {
      (handledBy[data.n] ??= []).push(name);
    };
    await a.work('test.once', handler('a'));
    await b.work('test.once', handler('b'));
    for (let n = 0; n < 40; n += 1) await (n % 2 ? a : b).send('test.once', { n });

    await waitFor(() => Object.keys(handledBy).length === 40);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(Object.values(handledBy).every((names) => names.length === 1)).toBe(true);
    await a.onApplicationShutdown();
    await b.onApplicationShutdown();
  });

  it('keeps a job sent while no worker runs, and runs it after a restart', async () => {
    const before = new JobQueue(db.url);
    await before.onModuleInit();
    await before.send('test.durable', { value: 'kept' });
    await before.onApplicationShutdown();

    const after = new JobQueue(db.url);
    await after.onModuleInit();
    const seen: string[] = [];
    await after.work<{ value: string }>('test.durable', async (data) => {
      seen.push(data.value);
    });
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual(['kept']);
    await after.onApplicationShutdown();
  });
});
