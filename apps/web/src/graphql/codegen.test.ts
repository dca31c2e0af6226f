// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { outputDir } from '../../codegen';

const STALE = 'generated GraphQL types are stale: run npm run codegen';

describe('generated GraphQL types', () => {
  it('match the api schema and the operations in the code', { timeout: 30_000 }, async () => {
    const files: Array<{ filename: string; content: string }> = await generate(
      { ...config, silent: true, verbose: false },
      false,
    );

    const expected = new Map(files.map((file) => [file.filename, file.content]));
    const onDisk = (await readdir(outputDir)).map((name) => join(outputDir, name));

    expect([...expected.keys()].sort(), STALE).toEqual(onDisk.sort());
    for (const [filename, content] of expected) {
      expect(await readFile(filename, 'utf8'), `${STALE} (${filename})`).toBe(content);
    }
  });
});
