import { describe, expect, it } from 'vitest';
import { regionOf } from '../../../src/lib/entities/officials-generator/output.ts';
import { testland } from '../../fixtures/officials-generator.ts';

describe('regionOf', () => {
  it('maps the country description to a region folder', () => {
    expect(regionOf(testland)).toBe('africa');
    expect(regionOf({ ...testland, description: 'Country in the Caribbean; capital X.' })).toBe('north-america');
  });
});
