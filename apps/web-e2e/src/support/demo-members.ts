import { generate } from 'otplib';
import type { PrintedLogin } from './portal-server.js';

export interface Person {
  email: string;
  fullName: string;
}

/**
 * The active demo members (names and e-mails), read through GraphQL as the demo administrator
 * (password, then the TOTP code from the printed secret), for scenarios that pick who plays whom.
 */
export async function activeMembers(portalUrl: string, admin: PrintedLogin): Promise<Person[]> {
  let cookie = '';
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${portalUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return (await res.json()) as { data: Record<string, unknown> };
  };
  await gql('mutation S($i: SignInInput!) { signIn(input: $i) { state } }', {
    i: { email: admin.email, password: admin.password },
  });
  await gql('mutation V($c: String!) { verifyTotp(code: $c) { state } }', {
    c: await generate({ secret: admin.totpSecret! }),
  });
  const res = await gql(
    '{ adminMembers(filter: { role: MEMBER, statuses: ["ACTIVE"] }, first: 50) { items { email fullName } } }',
  );
  return (res.data.adminMembers as { items: Person[] }).items;
}
