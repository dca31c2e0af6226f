import { randomBytes, randomUUID } from 'node:crypto';
import { E2E_LIMITS, MESSAGING_LIMITS } from '@cop/contracts';
import { base64urlBytes, checkPayload, envelopeProblem } from './messaging.errors.js';

const b64 = (n: number) => randomBytes(n).toString('base64url');
const key = () => ({ d: randomUUID(), n: b64(24), k: b64(48) });
const envelope = (keys = [key()], ct = b64(40)) => ({
  v: 1,
  sd: randomUUID(),
  ctx: b64(16),
  epk: b64(32),
  n: b64(24),
  ct,
  keys,
  sig: b64(64),
});

describe('payload checks', () => {
  it('reads canonical unpadded base64url only', () => {
    expect(base64urlBytes(b64(32))).toBe(32);
    expect(base64urlBytes('')).toBe(0);
    expect(base64urlBytes(Buffer.alloc(32).toString('base64'))).toBe(-1); // padded
    expect(base64urlBytes('ab+/')).toBe(-1);
    expect(base64urlBytes('abcde')).toBe(-1); // a length base64 cannot have
    expect(base64urlBytes('AA')).toBe(1);
    expect(base64urlBytes('AB')).toBe(-1); // stray bits: not how one byte is written
    expect(base64urlBytes(42)).toBe(-1);
  });

  it('accepts a well-formed envelope and answers its sending device', () => {
    const value = envelope();
    expect(envelopeProblem(value)).toBeNull();
    expect(checkPayload('e2e-v1', JSON.stringify(value))).toEqual({
      scheme: 'e2e-v1',
      sendingDeviceId: value.sd.toLowerCase(),
      context: value.ctx,
    });
  });

  it('accepts exactly the fields v, sd, ctx, epk, n, ct, keys, sig, ctx being 16 bytes', () => {
    const { ctx: _ctx, ...withoutCtx } = envelope();
    expect(envelopeProblem(withoutCtx)).toBe(
      'it must have exactly the fields v, sd, ctx, epk, n, ct, keys, sig.',
    );
    expect(envelopeProblem({ ...envelope(), text: 'hello' })).toMatch(/exactly the fields/);
    expect(envelopeProblem({ ...envelope(), ctx: b64(15) })).toBe('ctx must be 16 bytes in base64url.');
    expect(envelopeProblem({ ...envelope(), ctx: b64(32) })).toBe('ctx must be 16 bytes in base64url.');
    expect(envelopeProblem({ ...envelope(), ctx: Buffer.alloc(16).toString('base64') })).toMatch(/^ctx/);
    expect(envelopeProblem({ ...envelope(), ctx: 16 })).toMatch(/^ctx/);
  });

  it('counts wrapped keys against E2E_LIMITS.recipientsMax', () => {
    const keys = Array.from({ length: E2E_LIMITS.recipientsMax }, key);
    expect(envelopeProblem(envelope(keys))).toBeNull();
    expect(envelopeProblem(envelope([...keys, key()]))).toMatch(/keys must hold 1 to 500/);
    expect(envelopeProblem(envelope([]))).toMatch(/keys must hold/);
  });

  it('never parses a payload over the size limit', () => {
    const big = JSON.stringify(envelope([key()], b64(MESSAGING_LIMITS.payloadMaxBytes)));
    expect(big.length).toBeGreaterThan(MESSAGING_LIMITS.payloadMaxBytes);
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed++;
      return parse(...args) as unknown;
    };
    let problem: unknown;
    try {
      problem = checkPayload('e2e-v1', big);
    } finally {
      JSON.parse = parse;
    }
    expect(parsed).toBe(0);
    expect(problem).toMatchObject({ extensions: { fields: [{ code: 'PAYLOAD_TOO_LARGE' }] } });
  });

  it('keeps the plain rules for plain payloads', () => {
    expect(checkPayload('plain', 'hello')).toEqual({ scheme: 'plain', sendingDeviceId: null, context: null });
    expect(checkPayload('plain', '   ')).toMatchObject({ extensions: { fields: [{ code: 'isNotEmpty' }] } });
    expect(checkPayload('rot13', 'x')).toMatchObject({ extensions: { fields: [{ code: 'unknownScheme' }] } });
  });
});
