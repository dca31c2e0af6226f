import { parseCsv } from '../../test/fixtures/csv.js';
import { CsvSyntaxError, csvCell, neutralise, parseCsv as parseCsvDocument, toCsv } from './csv.js';

describe('CSV writer (RFC 4180, injection-safe)', () => {
  it('quotes only cells that need it and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('line\nfeed')).toBe('"line\nfeed"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes numbers, booleans and dates as such', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2026-12-07T10:00:00Z'))).toBe('2026-12-07T10:00:00.000Z');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|/c calc', "'+cmd|/c calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=1', 'a=1'],
    ["'already", "'already"],
  ])('neutralises text a spreadsheet would evaluate: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('prefixes formula text even when it also needs quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(neutralise('plain')).toBe('plain');
  });

  it('makes a UTF-8 document with a BOM and CRLF records that parses back to the same cells', () => {
    const rows = [
      [1, 'Приговор, "draft"\nline two', null],
      [2, '=cmd', 'ok'],
    ];
    const out = toCsv(['n', 'title', 'note'], rows);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = out.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['n', 'title', 'note'],
      ['1', 'Приговор, "draft"\nline two', ''],
      ['2', "'=cmd", 'ok'],
    ]);
  });
});

describe('CSV reader', () => {
  it('reads what the writer writes, with CRLF or LF, quoted line breaks and a BOM', () => {
    const out = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'two\nlines'],
        ['"q"', ''],
      ],
    ).toString('utf8');
    expect(parseCsvDocument(out)).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['x, y', 'two\nlines'], line: 2 },
      { cells: ['"q"', ''], line: 4 },
    ]);
    expect(parseCsvDocument('a,b\nc,d').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('refuses stray and unterminated quotes with the line', () => {
    expect(() => parseCsvDocument('a,b\nc"d,e\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsvDocument('a,b\n"c,d\n')).toThrow(/not closed/);
    expect(() => parseCsvDocument('"a"b,c\n')).toThrow(/after a closing quote/);
  });
});
