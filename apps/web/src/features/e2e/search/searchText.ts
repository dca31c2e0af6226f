/**
 * How the local message search compares text (pure functions, no storage): both the query and the
 * messages are folded the same way, the query is split into terms, and a message matches when every
 * term occurs in it.
 *
 * Folding, one character at a time so that every folded character can be traced back to the
 * original text (for the highlights): NFKC (full-width letters, ligatures), lower case, diacritics
 * removed (NFD, then every mark `\p{M}` dropped: "Sécurité" reads as "securite", "ё" as "е",
 * "أ" as "ا"), a few Arabic spelling variants made one (tatweel dropped, ى as ي, ة as ه), invisible
 * format characters dropped, and any run of white space read as one space.
 *
 * Terms: words split on white space; a "phrase in quotes" (also “…”, «…», „…“, 「…」) stays one term.
 * A term written in Latin, Cyrillic, Arabic… must start a word (so "gun" finds "guns" but not
 * "shotgun"); in Arabic a word may also start after an attached article or conjunction (ال، و، ب…),
 * so "سلاح" finds "والسلاح". A term with Chinese, Japanese or Korean characters matches anywhere,
 * since those scripts do not put spaces between words.
 */

/** A piece of a snippet: the matched parts are `match: true` (shown in `<mark>`). */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** One term of a query, folded. */
export interface SearchTerm {
  text: string;
  /** Matches anywhere (Chinese, Japanese, Korean), rather than at the start of a word. */
  anywhere: boolean;
  /** Written in Arabic script: may follow an attached article or conjunction. */
  arabic: boolean;
  /** Starts with a letter or digit (otherwise, like "#12" or "-", the word start is not checked). */
  wordLike: boolean;
}

const MARK = /\p{M}/gu;
const FORMAT = /\p{Cf}/u;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ARABIC = /\p{Script=Arabic}/u;
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  '\u0640': '', // tatweel (elongation)
  '\u0649': '\u064a', // alef maqsura as yeh
  '\u0629': '\u0647', // teh marbuta as heh
};
/** Greek final sigma as sigma, so a query typed with either finds both. */
const OTHER_FOLD: Readonly<Record<string, string>> = { ς: 'σ' };
/** Attached Arabic article and conjunctions, folded: "and", "so", "with", "like", "for", "the". */
const ARABIC_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل']);
/** Opening and closing quote marks of the six languages. */
const QUOTES = '"“”„«»「」『』';
const QUERY_TOKEN = new RegExp(`[${QUOTES}]([^${QUOTES}]*)[${QUOTES}]?|[^\\s${QUOTES}]+`, 'gu');

/** Per-character folding of non-ASCII characters, remembered (a text uses few distinct ones). */
const folded = new Map<string, string>();

function foldCharacter(character: string): string {
  let result = folded.get(character);
  if (result !== undefined) return result;
  if (SPACE.test(character)) result = ' ';
  else if (FORMAT.test(character)) result = '';
  else {
    result = character.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARK, '');
    result = [...result].map((c) => ARABIC_FOLD[c] ?? OTHER_FOLD[c] ?? c).join('');
    // Hangul decomposes into letters, not marks: compose it again.
    result = result.normalize('NFC');
  }
  if (folded.size < 10_000) folded.set(character, result);
  return result;
}

/** Where each folded character came from: `[starts[i], ends[i])` in the original text. */
export interface FoldMap {
  starts: number[];
  ends: number[];
}

function foldInto(text: string, map: FoldMap | null): string {
  let out = '';
  let lastWasSpace = false;
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    let piece: string;
    if (code < 0x80) {
      if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32);
      else if (code === 32 || (code >= 9 && code <= 13)) piece = ' ';
      else piece = text[index] ?? '';
    } else {
      piece = foldCharacter(width === 2 ? text.slice(index, index + 2) : (text[index] ?? ''));
    }
    if (piece === ' ') {
      if (lastWasSpace) piece = '';
      lastWasSpace = true;
    } else if (piece) {
      lastWasSpace = false;
    }
    if (piece) {
      out += piece;
      if (map) {
        for (let k = 0; k < piece.length; k++) {
          map.starts.push(index);
          map.ends.push(index + width);
        }
      }
    } else if (map && map.ends.length > 0) {
      // A dropped character (an accent, a second space) goes with the character before it.
      map.ends[map.ends.length - 1] = index + width;
    }
    index += width;
  }
  return out;
}

/** A text folded for comparison (see the top of this file). */
export function foldText(text: string): string {
  return foldInto(text, null);
}

/** A folded text, with where each of its characters came from in the original. */
export function foldTextWithMap(text: string): { text: string; map: FoldMap } {
  const map: FoldMap = { starts: [], ends: [] };
  return { text: foldInto(text, map), map };
}

function isWordChar(character: string | undefined): boolean {
  return character !== undefined && WORD_CHAR.test(character) && !CJK.test(character);
}

/** The character of `text` that ends just before `index` (a whole surrogate pair if it is one). */
function characterBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1];
}

function characterAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** The terms of a query, folded; terms without any letter or digit are left out. */
export function parseQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const token of query.matchAll(QUERY_TOKEN)) {
    const text = foldText(token[1] ?? token[0]).trim();
    if (!text || !/[\p{L}\p{N}]/u.test(text) || seen.has(text)) continue;
    seen.add(text);
    terms.push({
      text,
      anywhere: CJK.test(text),
      arabic: ARABIC.test(characterAt(text, 0) ?? ''),
      wordLike: WORD_CHAR.test(characterAt(text, 0) ?? ''),
    });
  }
  return terms;
}

/** Whether a term found at `index` of a folded text starts a word there. */
function startsWord(text: string, index: number, term: SearchTerm): boolean {
  if (term.anywhere || !term.wordLike) return true;
  if (!isWordChar(characterBefore(text, index))) return true;
  if (!term.arabic) return false;
  // Arabic: the letters from the start of the word up to here may be an attached article.
  let start = index;
  while (start > 0 && index - start <= 3 && isWordChar(characterBefore(text, start))) start--;
  return isWordChar(characterBefore(text, start)) ? false : ARABIC_PROCLITICS.has(text.slice(start, index));
}

interface TermHits {
  count: number;
  /** Hits that are a whole word (or phrase), not only the start of one. */
  whole: number;
}

const MAX_COUNTED = 5;

/**
 * How often a term occurs in a folded text. With `ranges`, every hit is added there as `[start, end)`;
 * without, counting stops at the most that scores.
 */
function findTerm(text: string, term: SearchTerm, ranges: Array<[number, number]> | null): TermHits {
  const hits: TermHits = { count: 0, whole: 0 };
  const length = term.text.length;
  for (let from = 0; ;) {
    const index = text.indexOf(term.text, from);
    if (index < 0) break;
    from = index + length;
    if (!startsWord(text, index, term)) continue;
    hits.count++;
    if (!term.anywhere && !isWordChar(characterAt(text, index + length))) hits.whole++;
    ranges?.push([index, index + length]);
    if (!ranges && hits.count >= MAX_COUNTED) break;
  }
  return hits;
}

/**
 * The relevance of a folded message for the terms (higher is better), or null when a term occurs
 * neither in the text nor in the sender's name. A term counts up to five hits, a whole-word hit
 * twice more than the start of a word; a hit in the sender's name counts one.
 */
export function scoreText(
  text: string,
  senderName: string | undefined,
  terms: readonly SearchTerm[],
): number | null {
  if (terms.length === 0) return null;
  let score = 0;
  for (const term of terms) {
    const hits = findTerm(text, term, null);
    if (hits.count > 0) {
      score += Math.min(hits.count, MAX_COUNTED) + 2 * Math.min(hits.whole, MAX_COUNTED);
    } else if (senderName && findTerm(senderName, term, null).count > 0) {
      score += 1;
    } else {
      return null;
    }
  }
  return score;
}

const SNIPPET_LENGTH = 160;
const CONTEXT_BEFORE = 40;
/** How far a cut may move to land between words. */
const CUT_SLACK = 15;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A short part of the original `text` around its first match, as segments with the matches of
 * every term marked (the whole text when short). "…" shows where it was cut; white space is
 * collapsed (a snippet is one line).
 */
export function snippetOf(
  text: string,
  terms: readonly SearchTerm[],
  length = SNIPPET_LENGTH,
): SnippetSegment[] {
  const { text: foldedText, map } = foldTextWithMap(text);
  const found: Array<[number, number]> = [];
  for (const term of terms) findTerm(foldedText, term, found);
  const ranges = found
    .map(([start, end]): [number, number] => [map.starts[start] ?? 0, map.ends[end - 1] ?? text.length])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }

  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const first = merged[0];
    start = first ? Math.max(0, Math.min(first[0] - CONTEXT_BEFORE, text.length - length)) : 0;
    if (start > 0) {
      const space = text.slice(start, start + CUT_SLACK).search(/\s/u);
      if (space >= 0 && (!first || start + space < first[0])) start += space + 1;
    }
    end = Math.min(text.length, start + length);
    if (end < text.length) {
      const back = text.slice(end - CUT_SLACK, end).search(/\s\S*$/u);
      if (back >= 0 && (!first || end - CUT_SLACK + back >= first[1])) end = end - CUT_SLACK + back;
    }
    if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start++;
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  }

  const segments: SnippetSegment[] = [];
  const push = (from: number, to: number, match: boolean) => {
    if (to <= from) return;
    const piece = text.slice(from, to).replace(/\s+/gu, ' ');
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let at = start;
  for (const [from, to] of merged) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(from, start), false);
    push(Math.max(from, start), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);

  const first = segments[0];
  if (first && !first.match) first.text = first.text.trimStart();
  const last = segments.at(-1);
  if (last && !last.match) last.text = last.text.trimEnd();
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments.reduce<SnippetSegment[]>((joined, segment) => {
    const previous = joined.at(-1);
    if (previous && !previous.match && !segment.match) previous.text += segment.text;
    else if (segment.text) joined.push({ ...segment });
    return joined;
  }, []);
}
