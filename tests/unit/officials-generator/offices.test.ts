import { describe, expect, it } from 'vitest';
import { officeFromTitle, officeOf } from '../../../src/lib/entities/officials-generator/offices.ts';
import { overrides } from '../../fixtures/officials-generator.ts';

describe('officeOf', () => {
  it('reads the office from the title, the overrides first', () => {
    expect(officeOf('President of Testland', overrides)).toBe('head-of-state');
    expect(officeOf('Prime Minister of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Federal Chancellor of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Chancellor of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Chancellor of the Exchequer', overrides)).toBeUndefined(); // a finance minister
    expect(officeOf('Chancellor of the Duchy of Lancaster', overrides)).toBeUndefined();
    expect(officeOf('King of Testland', overrides)).toBe('head-of-state');
    expect(officeOf('Member of the Testland Council', overrides)).toBeUndefined();
    expect(officeOf('Governor of Test Province', overrides)).toBeUndefined();
  });
});

describe('officeFromTitle', () => {
  it('reads the four ministries and the military chief from hand-written titles', () => {
    expect(officeFromTitle('Secretary of State', overrides)).toBe('foreign-minister');
    expect(officeFromTitle('Minister of the Armed Forces', overrides)).toBe('defence-minister');
    expect(officeFromTitle('Home Secretary', overrides)).toBe('interior-minister');
    expect(officeFromTitle('Chief of the General Staff', overrides)).toBe('armed-forces-chief');
    expect(officeFromTitle('President of Testland', overrides)).toBe('head-of-state');
  });
  it('never gives the office to deputies, spokespeople, acting holders or regional leaders', () => {
    expect(officeFromTitle('Deputy Minister of Defence', overrides)).toBeUndefined();
    expect(officeFromTitle('Foreign Ministry Spokesperson', overrides)).toBeUndefined();
    expect(officeFromTitle('Acting President of Testland', overrides)).toBeUndefined();
    expect(officeFromTitle('Minister of State for Foreign Affairs', overrides)).toBeUndefined();
    expect(officeFromTitle('President of the Kurdistan Region', overrides)).toBeUndefined();
  });
});
