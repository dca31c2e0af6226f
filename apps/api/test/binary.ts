/** Reads a response body as bytes, whatever its type (a superagent parser). */
export function binary(
  res: { on(event: 'data' | 'end', listener: (chunk: Buffer) => void): unknown },
  cb: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}
