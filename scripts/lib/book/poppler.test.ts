import { describe, expect, it } from 'vitest';
import { parseDestinations } from './poppler.ts';

describe('parseDestinations()', () => {
  it('reads the page of each named destination from pdfinfo -dests', () => {
    const output = [
      'Page  Destination                 Name',
      '   2 [ XYZ    6  829 null      ] "part-summit"',
      '  14 [ XYZ   48  771 null      ] "countries-kazakhstan"',
      '',
    ].join('\n');
    expect([...parseDestinations(output)]).toEqual([
      ['part-summit', 2],
      ['countries-kazakhstan', 14],
    ]);
  });

  it('finds nothing in a PDF without destinations', () => {
    expect(parseDestinations('Page  Destination                 Name\n').size).toBe(0);
  });
});
