import { COUNTRY_CODES } from './countries.js';
import { DIGEST_REGIONS } from './digest.js';
import { countriesOf, regionOf } from './regions.js';

describe('regions', () => {
  it('places every country code in exactly one UN M49 sub-region', () => {
    for (const code of COUNTRY_CODES) expect(regionOf(code)).not.toBeNull();
    const listed = DIGEST_REGIONS.flatMap((region) => countriesOf(region));
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(COUNTRY_CODES));
  });

  it('answers the sub-region of a code, case-insensitively, and null for unknown codes', () => {
    expect(regionOf('FR')).toBe('western-europe');
    expect(regionOf('br')).toBe('south-america');
    expect(regionOf('NG')).toBe('western-africa');
    expect(regionOf('UA')).toBe('eastern-europe');
    expect(regionOf('XX')).toBeNull();
  });
});
