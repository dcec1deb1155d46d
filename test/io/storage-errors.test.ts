import { expect } from '@open-wc/testing';
import { StorageError, toStorageError } from '../../src/io/storage-errors.js';

describe('toStorageError', () => {
  it('classifies a QuotaExceededError as storage-quota and keeps the cause', () => {
    const cause = new DOMException('full', 'QuotaExceededError');
    const error = toStorageError(cause);
    expect(error).to.be.instanceOf(StorageError);
    expect(error.code).to.equal('storage-quota');
    expect(error.cause).to.equal(cause);
    expect(error.message).to.contain('full');
  });

  it('recognises the legacy Firefox quota name', () => {
    expect(toStorageError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED')).code).to.equal('storage-quota');
  });

  for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError', 'AbortError']) {
    it(`classifies ${name} as storage-unavailable`, () => {
      expect(toStorageError(new DOMException('nope', name)).code).to.equal('storage-unavailable');
    });
  }

  it('classifies plain errors and non-errors as storage-unavailable', () => {
    expect(toStorageError(new Error('open failed')).code).to.equal('storage-unavailable');
    expect(toStorageError(new ReferenceError('indexedDB is not defined')).code).to.equal('storage-unavailable');
    expect(toStorageError('blocked').code).to.equal('storage-unavailable');
    expect(toStorageError(undefined).code).to.equal('storage-unavailable');
  });

  it('returns a StorageError unchanged', () => {
    const error = new StorageError('storage-quota', 'full');
    expect(toStorageError(error)).to.equal(error);
  });
});
