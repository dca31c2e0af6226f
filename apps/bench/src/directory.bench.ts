import { createServer } from 'node:http';
import { rm } from 'node:fs/promises';
import { demoLogins, freePort, startPortal } from '../../web-e2e/src/support/portal-server.js';
import { load, report } from './measure.js';

/**
 * A signed-in member reading a directory page (20 members with their focal points): session
 * lookup, access policy, validation, one page query, its count and one batched focal-point query,
 * against a bare Node server answering the same JSON, in the same run.
 */
async function main(): Promise<void> {
  const portal = await startPortal();
  const bare = createServer();
  try {
    const member = demoLogins(portal.output()).find((l) => l.role === 'MEMBER');
    if (!member) throw new Error('the portal printed no demo member login');
    const signIn = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query: 'mutation S($i: SignInInput!) { signIn(input: $i) { state } }',
        variables: { i: { email: member.email, password: member.password } },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const request = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
      body: JSON.stringify({
        query:
          '{ directory(first: 20) { total items { id fullName country institution focalPoints { authority } } } }',
      }),
    };
    const sample = await (await fetch(`${portal.url}/graphql`, { ...request })).text();
    if (!sample.includes('"items"')) throw new Error(`unexpected answer: ${sample.slice(0, 200)}`);

    bare.on('request', (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(sample);
      });
    });
    const barePort = await freePort();
    await new Promise<void>((r) => bare.listen(barePort, '127.0.0.1', r));

    await load({ name: 'warm-up', url: `${portal.url}/graphql`, ...request, seconds: 2 });
    const baseline = await load({
      name: 'bare node http',
      url: `http://127.0.0.1:${barePort}/graphql`,
      ...request,
    });
    const subject = await load({ name: 'portal directory page', url: `${portal.url}/graphql`, ...request });
    const ok = report('Signed-in directory page (20 members)', baseline, subject, {
      minThroughputRatio: 0.01,
    });
    process.exitCode = ok ? 0 : 1;
  } finally {
    bare.close();
    await portal.stop();
    await rm(portal.dataDir, { recursive: true, force: true });
  }
}

void main();
