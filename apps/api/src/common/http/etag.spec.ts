import { PreconditionFailedError, PreconditionRequiredError } from '../problem/domain-errors';
import { etagFor, versionFromIfMatch } from './etag';

describe('If-Match handling', () => {
  it('round-trips the ETag it issues, weak or strong', () => {
    expect(versionFromIfMatch(etagFor(7))).toBe(7);
    expect(versionFromIfMatch('W/"7"')).toBe(7);
  });

  it('asks for If-Match when it is missing (428) and refuses garbage as stale (412)', () => {
    expect(() => versionFromIfMatch(undefined)).toThrow(PreconditionRequiredError);
    expect(() => versionFromIfMatch('  ')).toThrow(PreconditionRequiredError);
    expect(() => versionFromIfMatch('"abc"')).toThrow(PreconditionFailedError);
    expect(() => versionFromIfMatch('7')).toThrow(PreconditionFailedError);
  });
});
