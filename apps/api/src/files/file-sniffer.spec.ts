import {
  compoundFile,
  jpegWithExif,
  officeOpenXml,
  openDocument,
  pdf,
  png,
  windowsExecutable,
  zipOf,
} from '../../test/fixtures/files.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanFileName, sniffFileType, sniffFileTypeOfFile, type SniffedType } from './file-sniffer.js';

const typeOf = async (data: Buffer, name: string) => (await sniffFileType(data, name))?.contentType ?? null;

describe('sniffFileType', () => {
  it('recognises every accepted kind from its content', async () => {
    expect(await typeOf(pdf(), 'report.pdf')).toBe('application/pdf');
    expect(await typeOf(await png(), 'x.png')).toBe('image/png');
    expect(await typeOf(await jpegWithExif(40, 30), 'x.jpg')).toBe('image/jpeg');
    expect(await typeOf(officeOpenXml('docx'), 'x.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await typeOf(officeOpenXml('xlsx'), 'x.xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await typeOf(officeOpenXml('pptx'), 'x.pptx')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(await typeOf(openDocument('odt'), 'x.odt')).toBe('application/vnd.oasis.opendocument.text');
    expect(await typeOf(openDocument('ods'), 'x.ods')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(await typeOf(compoundFile(['WordDocument']), 'old.doc')).toBe('application/msword');
    expect(await typeOf(compoundFile(['Workbook']), 'old.xls')).toBe('application/vnd.ms-excel');
    expect(await typeOf(zipOf({ 'a.txt': 'hello' }), 'bundle.zip')).toBe('application/zip');
    expect(await typeOf(Buffer.from('Serial numbers, café, 枪支\n'), 'notes.txt')).toBe(
      'text/plain; charset=utf-8',
    );
    expect(await typeOf(Buffer.from('a,b\n1,2\n'), 'table.CSV')).toBe('text/csv; charset=utf-8');
    expect(await typeOf(Buffer.from('# Title\n'), 'readme.md')).toBe('text/markdown; charset=utf-8');
  });

  it('decides by content, not by name', async () => {
    expect(await typeOf(pdf(), 'looks-like-a.docx')).toBe('application/pdf');
    expect(await typeOf(Buffer.from('MZ is also a postcode prefix\n'), 'note.txt')).toBe(
      'text/plain; charset=utf-8',
    );
  });

  it.each([
    ['HTML named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'report.pdf'],
    ['JavaScript named .pdf', Buffer.from('fetch("/graphql")'), 'report.pdf'],
    ['a Windows executable named .docx', windowsExecutable(), 'statement.docx'],
    ['a Windows executable named .txt', windowsExecutable(), 'statement.txt'],
    [
      'SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'map.svg',
    ],
    ['XML/SVG named .png', Buffer.from('<?xml version="1.0"?><svg/>'), 'map.png'],
    ['HTML named .html', Buffer.from('<!doctype html><p>hi'), 'page.html'],
    ['a macro-enabled Word file', officeOpenXml('docm'), 'letter.docx'],
    ['a Java archive', zipOf({ 'META-INF/MANIFEST.MF': 'Main-Class: X' }), 'tool.zip'],
    ['an installer (CFB without Word stream) named .doc', compoundFile(['SummaryInformation']), 'setup.doc'],
    ['a Word CFB named .msi', compoundFile(['WordDocument']), 'setup.msi'],
    ['text that is not UTF-8', Buffer.from([0x66, 0xff, 0xfe, 0x41]), 'notes.txt'],
    ['text with NUL bytes', Buffer.from('abc\0def'), 'notes.csv'],
  ])('refuses %s', async (_label, data, name) => {
    expect(await sniffFileType(data, name)).toBeNull();
  });
});

describe('sniffFileTypeOfFile (streamed uploads, read from disk)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cop-sniff-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  let n = 0;
  const ofFile = async (data: Buffer, name: string) => {
    const path = join(dir, `f${n++}`);
    await writeFile(path, data);
    return (await sniffFileTypeOfFile(path, name))?.contentType ?? null;
  };

  it('decides exactly as the in-memory check, accepted and refused kinds alike', async () => {
    const cases: Array<[Buffer, string]> = [
      [pdf(), 'report.pdf'],
      [await png(), 'x.png'],
      [await jpegWithExif(40, 30), 'x.jpg'],
      [officeOpenXml('docx'), 'x.docx'],
      [officeOpenXml('docm'), 'letter.docx'],
      [openDocument('ods'), 'x.ods'],
      [compoundFile(['WordDocument']), 'old.doc'],
      [compoundFile(['Workbook']), 'old.xls'],
      [compoundFile(['SummaryInformation']), 'setup.doc'],
      [zipOf({ 'a.txt': 'hello' }), 'bundle.zip'],
      [zipOf({ 'META-INF/MANIFEST.MF': 'Main-Class: X' }), 'tool.zip'],
      [windowsExecutable(), 'statement.txt'],
      [Buffer.from('MZ is also a postcode prefix\n'), 'note.txt'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'report.pdf'],
      [Buffer.from('a,b\n1,2\n'), 'table.csv'],
      [Buffer.from([0x66, 0xff, 0xfe, 0x41]), 'notes.txt'],
      [Buffer.from('abc\0def'), 'notes.csv'],
    ];
    for (const [data, name] of cases) {
      expect([name, await ofFile(data, name)]).toEqual([name, await typeOf(data, name)]);
    }
  });

  it('checks the whole of a large text file, across read boundaries', async () => {
    // Multi-byte characters straddle every 1 MiB read; the file is valid UTF-8 throughout.
    const text = Buffer.from('Серийный номер 枪支 🔫 '.repeat(150_000));
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(await ofFile(text, 'notes.txt')).toBe('text/plain; charset=utf-8');
    // One NUL byte or one invalid byte far past the first reads is enough to refuse it.
    const withNul = Buffer.from(text);
    withNul[4 * 1024 * 1024 + 7] = 0;
    expect(await ofFile(withNul, 'notes.txt')).toBeNull();
    const invalid = Buffer.concat([text, Buffer.from([0xe2, 0x82])]);
    expect(await ofFile(invalid, 'notes.txt')).toBeNull();
  });
});

describe('cleanFileName', () => {
  const pdfType: SniffedType = { contentType: 'application/pdf', extensions: ['pdf'], image: false };

  it('keeps only the last path part and drops control and bidi-override characters', () => {
    expect(cleanFileName('C:\\Users\\ana\\Desktop\\report.pdf', pdfType)).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd.pdf', pdfType)).toBe('passwd.pdf');
    expect(cleanFileName('bad\u0000\u0007name\r\n.pdf', pdfType)).toBe('badname.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', pdfType)).toBe('invoicefdp.exe.pdf');
    expect(cleanFileName('  ..hidden.pdf ', pdfType)).toBe('hidden.pdf');
  });

  it('keeps markup as plain text, and gives a name that fits the content', () => {
    expect(cleanFileName('<img src=x onerror=alert(1)>.pdf', pdfType)).toBe(
      '<img src=x onerror=alert(1)>.pdf',
    );
    expect(cleanFileName('scan', pdfType)).toBe('scan.pdf');
    expect(cleanFileName('', pdfType)).toBe('file.pdf');
    expect(cleanFileName('Приговор по делу №12.PDF', pdfType)).toBe('Приговор по делу №12.PDF');
  });

  it('shortens to 200 characters, keeping the ending', () => {
    const long = cleanFileName(`${'ж'.repeat(300)}.pdf`, pdfType);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('ж.pdf')).toBe(true);
  });
});
