/** A fetch stand-in answering by "METHOD /path"; unmatched calls fail the test loudly. */
export type StubAnswer = Response | ((request: Request) => Response | Promise<Response>);

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

export const problem = (
  status: number,
  body: { title: string; detail?: string; errors?: { field: string; message: string }[] },
): Response =>
  new Response(JSON.stringify({ type: `/problems/${status}`, status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const noContent = (): Response => new Response(null, { status: 204 });

export type FetchStub = jest.Mock<Promise<Response>, [Request]> & { requests: Request[] };

export const stubFetch = (routes: Record<string, StubAnswer | StubAnswer[]>): FetchStub => {
  const queues = new Map(
    Object.entries(routes).map(([key, answer]) => [
      key,
      Array.isArray(answer) ? [...answer] : [answer],
    ]),
  );
  const requests: Request[] = [];
  const stub = jest.fn(async (request: Request) => {
    requests.push(request.clone());
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const queue = queues.get(key);
    if (!queue || queue.length === 0) throw new Error(`Unexpected request: ${key}`);
    // The last answer repeats; earlier ones are used once each, in order.
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (answer === undefined) throw new Error(`No answer for ${key}`);
    return typeof answer === 'function' ? answer(request) : answer.clone();
  }) as FetchStub;
  stub.requests = requests;
  globalThis.fetch = stub as unknown as typeof fetch;
  return stub;
};
