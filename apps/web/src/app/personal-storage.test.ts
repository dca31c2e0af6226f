import { describe, expect, it } from 'vitest';
import { claimPersonalStorage, clearPersonalStorage } from './personal-storage';

describe('clearPersonalStorage', () => {
  it('removes drafts and keeps the rest (the interface language, for example)', () => {
    localStorage.setItem('cop.discussions.draft.thread:1', '{"body":"names an informant"}');
    localStorage.setItem('cop.discussions.draft.new:abc', '{"title":"x"}');
    localStorage.setItem('i18nextLng', 'fr');
    clearPersonalStorage();
    expect(localStorage.getItem('cop.discussions.draft.thread:1')).toBeNull();
    expect(localStorage.getItem('cop.discussions.draft.new:abc')).toBeNull();
    expect(localStorage.getItem('i18nextLng')).toBe('fr');
  });
});

describe('claimPersonalStorage', () => {
  it('keeps the drafts of the same person and drops another person’s', () => {
    claimPersonalStorage('ana');
    localStorage.setItem('cop.discussions.draft.thread:1', '{"body":"mine"}');
    claimPersonalStorage('ana');
    expect(localStorage.getItem('cop.discussions.draft.thread:1')).not.toBeNull();
    claimPersonalStorage('bo');
    expect(localStorage.getItem('cop.discussions.draft.thread:1')).toBeNull();
  });
});
