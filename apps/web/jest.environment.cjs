/**
 * jsdom without the WHATWG fetch family. The generated API client builds `Request` objects, so
 * tests get Node's fetch classes plus a `Request` that behaves like a browser's: relative URLs
 * resolve against the page, and jsdom's AbortSignal (which TanStack passes in) is bridged to
 * Node's, whose brand check would otherwise reject it.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const ORIGIN = 'http://localhost/';

const toNodeSignal = (signal) => {
  if (!signal || signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
};

class BrowserLikeRequest extends Request {
  constructor(input, init) {
    const url = typeof input === 'string' ? new URL(input, ORIGIN) : input;
    super(url, init && 'signal' in init ? { ...init, signal: toNodeSignal(init.signal) } : init);
  }
}

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      Request: BrowserLikeRequest,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
      ReadableStream,
      structuredClone,
      // Each test installs its own stub; an unstubbed call fails loudly instead of hitting the network.
      fetch: () => Promise.reject(new Error('fetch is not stubbed in this test')),
    });
  }
}

module.exports = WebTestEnvironment;
