import { describe, expect, it } from 'vitest';
import { typicalDocument } from './run.ts';

describe('typicalDocument()', () => {
  it('picks the document whose text has the median length, the same page for both sites', () => {
    const docs = [
      { id: 'long', body: 'x'.repeat(900) },
      { id: 'short', body: 'x'.repeat(10) },
      { id: 'middle', body: 'x'.repeat(300) },
    ];
    expect(typicalDocument(docs)).toBe('documents/middle/');
  });

  it('needs at least one document', () => {
    expect(() => typicalDocument([])).toThrow('the corpus has no documents');
  });
});
