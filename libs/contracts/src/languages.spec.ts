import { directionOf, isLanguageCode, LANGUAGES } from './languages.js';
import { isErrorCode } from './errors.js';

describe('languages', () => {
  it('offers the six UN working languages, Arabic right-to-left', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'fr', 'es', 'ru', 'ar', 'zh']);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });

  it('rejects codes that are not interface languages', () => {
    expect(isLanguageCode('de')).toBe(false);
    expect(isLanguageCode(undefined)).toBe(false);
    expect(isLanguageCode('zh')).toBe(true);
  });
});

describe('error codes', () => {
  it('recognises only declared codes', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('SQL_ERROR')).toBe(false);
  });
});
