import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS } from './logger.options.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  const logger = pino({ redact: { paths: REDACT_PATHS, censor: '[Redacted]' } }, stream);
  return { logger, text: () => lines.join('') };
}

describe('log redaction', () => {
  it('never writes cookies, authorization headers, passwords or tokens', () => {
    const { logger, text } = capture();
    logger.info({
      req: {
        headers: { cookie: 'sid=abc123secret', authorization: 'Bearer tok-xyz', 'user-agent': 'Firefox' },
      },
      res: { headers: { 'set-cookie': 'sid=newsecret' } },
      input: { email: 'a@b.example', password: 'correct horse battery', token: 'reset-token-1' },
      variables: { input: { password: 'p4ssw0rd-variable', code: '123456' } },
    });
    const out = text();
    for (const secret of [
      'abc123secret',
      'tok-xyz',
      'newsecret',
      'correct horse',
      'reset-token-1',
      'p4ssw0rd-variable',
      '123456',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[Redacted]');
    expect(out).toContain('Firefox');
    expect(out).toContain('a@b.example');
  });
});
