import type { ExportedCase } from './exported.js';

/*
 * RIS (Research Information Systems) for citation managers: one "TY  - CASE" … "ER  - " block per
 * record, tags of two characters, two spaces, a hyphen and a space; values on one line (line
 * breaks in the summary become spaces); CRLF line ends, UTF-8.
 */

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
const tag = (name: string, value: string): string => `${name}  - ${oneLine(value)}\r\n`;

export function writeCasesRis(cases: readonly ExportedCase[]): Buffer {
  const blocks = cases.map(({ url, content: c }) => {
    const lines = [
      tag('TY', 'CASE'),
      tag('TI', c.title),
      tag('A2', c.court),
      tag('DA', `${c.decisionDate.replace(/-/g, '/')}/`),
      tag('PY', c.decisionDate.slice(0, 4)),
      ...(c.caseNumber ? [tag('M1', c.caseNumber)] : []),
      tag('CY', c.country),
      tag('LA', c.contentLanguage),
      tag('AB', c.summary),
      tag('UR', url),
      ...c.keywords.map((k) => tag('KW', k)),
      'ER  - \r\n',
    ];
    return lines.join('');
  });
  return Buffer.from(blocks.join('\r\n'), 'utf8');
}
