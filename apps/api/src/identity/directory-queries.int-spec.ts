import pg from 'pg';
import { jest } from '@jest/globals';
import { Role } from '@cop/contracts';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** The directory asks for focal points once per page (a DataLoader), not once per member. */
describe('directory queries per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reads focal points with one query for a page of 20 members', async () => {
    const admin = await signIn(t, await createMember(t, { role: Role.ADMIN }));
    for (let i = 0; i < 20; i++) {
      const m = await createMember(t, {
        fullName: `Directory Person ${String(i).padStart(2, '0')}`,
        country: 'PE',
      });
      if (i % 4 === 0) {
        await admin.gql('mutation A($i: FocalPointInput!) { addFocalPoint(input: $i) { id } }', {
          i: { memberId: m.id, country: 'PE', authority: 'OTHER', contactHours: '' },
        });
      }
    }
    const viewer = await signIn(t, await createMember(t, { country: 'FR' }));
    const spy = jest.spyOn(pg.Client.prototype, 'query');
    try {
      const res = await viewer.gql(
        '{ directory(filter: { country: "PE" }, first: 20) { total items { id focalPoints { authority member { id } } } } }',
      );
      expect(res.body.data.directory.items).toHaveLength(20);
      expect(
        res.body.data.directory.items.filter((m: { focalPoints: unknown[] }) => m.focalPoints.length === 1),
      ).toHaveLength(5);
      const texts = spy.mock.calls.map((c) =>
        typeof c[0] === 'string' ? c[0] : ((c[0] as { text?: string })?.text ?? ''),
      );
      expect(texts.filter((q) => q.includes('focal_point'))).toHaveLength(1);
      // the session lookup, the page, and its count: three, however many members the page holds
      expect(texts.filter((q) => q.includes('app_user'))).toHaveLength(3);
    } finally {
      spy.mockRestore();
    }
  });
});
