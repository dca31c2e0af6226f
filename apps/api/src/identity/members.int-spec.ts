import { AccountStatus, PractitionerType, Role } from '@cop/contracts';
import { createMember, signIn, SIGN_IN } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const DIRECTORY = `query D($f: DirectoryFilter, $first: Int, $offset: Int) { directory(filter: $f, first: $first, offset: $offset) { total items { id fullName country focalPoints { authority } } } }`;

describe('directory, focal points and administration of members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists only active members, filtered and paginated', async () => {
    const viewer = await signIn(t, await createMember(t, { fullName: 'Zoé Viewer', country: 'FR' }));
    const a = await createMember(t, {
      fullName: 'Kwame Mensah',
      country: 'GH',
      practitionerType: PractitionerType.INVESTIGATOR,
      languages: ['en'],
      expertise: ['ballistics'],
    });
    await createMember(t, {
      fullName: 'Kwabena Owusu',
      country: 'GH',
      practitionerType: PractitionerType.CUSTOMS,
      languages: ['en', 'fr'],
    });
    await createMember(t, { fullName: 'Kwesi Pending', country: 'GH', status: AccountStatus.PENDING });
    await createMember(t, { fullName: 'Kwaku Suspended', country: 'GH', status: AccountStatus.SUSPENDED });

    const ghana = (await viewer.gql(DIRECTORY, { f: { country: 'GH' } })).body.data.directory;
    expect(ghana.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Kwabena Owusu',
      'Kwame Mensah',
    ]);
    expect(ghana.total).toBe(2);

    const byName = (await viewer.gql(DIRECTORY, { f: { search: 'mensah' } })).body.data.directory;
    expect(byName.items.map((m: { id: string }) => m.id)).toEqual([a.id]);
    const investigators = (
      await viewer.gql(DIRECTORY, { f: { country: 'GH', practitionerType: 'INVESTIGATOR' } })
    ).body.data.directory;
    expect(investigators.total).toBe(1);
    const french = (await viewer.gql(DIRECTORY, { f: { country: 'GH', language: 'fr' } })).body.data
      .directory;
    expect(french.items.map((m: { fullName: string }) => m.fullName)).toEqual(['Kwabena Owusu']);
    const ballistics = (await viewer.gql(DIRECTORY, { f: { expertise: 'ballistics' } })).body.data.directory;
    expect(ballistics.total).toBe(1);
    const wildcard = (await viewer.gql(DIRECTORY, { f: { search: '%' } })).body.data.directory;
    expect(wildcard.total).toBe(0);

    const page1 = (await viewer.gql(DIRECTORY, { f: { country: 'GH' }, first: 1, offset: 0 })).body.data
      .directory;
    const page2 = (await viewer.gql(DIRECTORY, { f: { country: 'GH' }, first: 1, offset: 1 })).body.data
      .directory;
    expect([page1.items[0].fullName, page2.items[0].fullName]).toEqual(['Kwabena Owusu', 'Kwame Mensah']);
    expect(page1.total).toBe(2);

    const bad = await viewer.gql(DIRECTORY, { f: { country: 'Ghana' } });
    expect(bad.body.errors[0].extensions.fields[0].field).toBe('country');
  });

  it('answers a pending or unknown member like a missing one', async () => {
    const viewer = await signIn(t, await createMember(t));
    const pending = await createMember(t, { status: AccountStatus.PENDING });
    const res = await viewer.gql('query M($id: ID!) { member(id: $id) { id } }', { id: pending.id });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await viewer.gql('query M($id: ID!) { member(id: $id) { id } }', {
      id: '00000000-0000-4000-8000-000000000001',
    });
    expect(unknown.body.errors[0].message).toBe(res.body.errors[0].message);
    // A mistyped link (/members/abc) is just as missing, not an internal error.
    const malformed = await viewer.gql('query M($id: ID!) { member(id: $id) { id } }', { id: 'not-an-id' });
    expect(malformed.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(malformed.body.errors[0].message).toBe(res.body.errors[0].message);
  });

  it('lets admins name national focal points, listed by country and on the member', async () => {
    const admin = await signIn(t, await createMember(t, { role: Role.ADMIN }));
    const focal = await createMember(t, { fullName: 'Olena Kovalenko', country: 'UA' });
    const added = await admin.gql(
      'mutation A($i: FocalPointInput!) { addFocalPoint(input: $i) { id country authority contactHours member { id } } }',
      {
        i: {
          memberId: focal.id,
          country: 'UA',
          authority: 'MLA_CENTRAL_AUTHORITY',
          contactHours: 'Mon–Fri 09:00–17:00 EET',
        },
      },
    );
    expect(added.body.data.addFocalPoint).toMatchObject({ country: 'UA', member: { id: focal.id } });
    const dup = await admin.gql('mutation A($i: FocalPointInput!) { addFocalPoint(input: $i) { id } }', {
      i: { memberId: focal.id, country: 'UA', authority: 'MLA_CENTRAL_AUTHORITY', contactHours: '' },
    });
    expect(dup.body.errors[0].extensions.code).toBe('CONFLICT');

    const member = await signIn(t, await createMember(t));
    const list = (
      await member.gql('{ focalPoints(country: "UA") { authority contactHours member { fullName } } }')
    ).body.data.focalPoints;
    expect(list).toEqual([
      {
        authority: 'MLA_CENTRAL_AUTHORITY',
        contactHours: 'Mon–Fri 09:00–17:00 EET',
        member: { fullName: 'Olena Kovalenko' },
      },
    ]);
    const onMember = (await member.gql(DIRECTORY, { f: { search: 'Kovalenko' } })).body.data.directory
      .items[0];
    expect(onMember.focalPoints).toEqual([{ authority: 'MLA_CENTRAL_AUTHORITY' }]);
    // The admin list shows them too (the web's member administration asks for them).
    const administered = await admin.gql(
      'query A($f: AdminMemberFilter) { adminMembers(filter: $f) { items { fullName focalPoints { country authority } } } }',
      { f: { search: 'Kovalenko' } },
    );
    expect(administered.body.errors).toBeUndefined();
    expect(administered.body.data.adminMembers.items).toEqual([
      { fullName: 'Olena Kovalenko', focalPoints: [{ country: 'UA', authority: 'MLA_CENTRAL_AUTHORITY' }] },
    ]);
    const notAdmin = await member.gql('mutation R($id: ID!) { removeFocalPoint(id: $id) }', {
      id: added.body.data.addFocalPoint.id,
    });
    expect(notAdmin.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (
        await admin.gql('mutation R($id: ID!) { removeFocalPoint(id: $id) }', {
          id: added.body.data.addFocalPoint.id,
        })
      ).body.data.removeFocalPoint,
    ).toBe(true);
  });

  it('keeps each role to its own mutations', async () => {
    const member = await signIn(t, await createMember(t));
    const moderator = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    const target = await createMember(t);
    const asMember = await member.gql(
      'mutation { invite(input: { email: "x@y.example", fullName: "X Y", role: MEMBER, locale: "en" }) { id } }',
    );
    expect(asMember.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const asModerator = await moderator.gql('mutation S($id: ID!) { suspendMember(memberId: $id) { id } }', {
      id: target.id,
    });
    expect(asModerator.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await moderator.gql('{ auditEvents { total } }')).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await moderator.gql('{ outbox { total } }')).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await member.gql('{ adminMembers { total } }')).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets admins change roles (never their own) and ends the member\u2019s sessions so the new role applies', async () => {
    const adminMember = await createMember(t, { role: Role.ADMIN });
    const admin = await signIn(t, adminMember);
    const own = await admin.gql(
      'mutation R($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { id } }',
      { id: adminMember.id },
    );
    expect(own.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const target = await createMember(t);
    const targetSession = await signIn(t, target);
    const changed = await admin.gql(
      'mutation R($id: ID!) { setMemberRole(memberId: $id, role: MODERATOR) { id role } }',
      { id: target.id },
    );
    expect(changed.body.data.setMemberRole.role).toBe('MODERATOR');
    expect((await targetSession.gql('{ myProfile { id } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const again = await t.agent().gql(SIGN_IN, { input: { email: target.email, password: target.password } });
    expect(again.body.data.signIn).toMatchObject({
      state: 'MFA_ENROLLMENT_REQUIRED',
      viewer: { role: 'MODERATOR' },
    });
  });

  it('suspends, reactivates and deactivates members, with their sessions following', async () => {
    const admin = await signIn(t, await createMember(t, { role: Role.ADMIN }));
    const target = await createMember(t);
    const session = await signIn(t, target);
    const suspended = await admin.gql('mutation S($id: ID!) { suspendMember(memberId: $id) { status } }', {
      id: target.id,
    });
    expect(suspended.body.data.suspendMember.status).toBe('SUSPENDED');
    expect((await session.gql('{ myProfile { id } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    const whileSuspended = await signIn(t, target);
    expect((await whileSuspended.gql('{ directory { total } }')).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await whileSuspended.gql('{ viewer { status } }')).body.data.viewer.status).toBe('SUSPENDED');

    expect(
      (
        await admin.gql('mutation S($id: ID!) { reactivateMember(memberId: $id) { status } }', {
          id: target.id,
        })
      ).body.data.reactivateMember.status,
    ).toBe('ACTIVE');
    expect((await whileSuspended.gql('{ directory { total } }')).body.data.directory.total).toBeGreaterThan(
      0,
    );

    expect(
      (
        await admin.gql('mutation S($id: ID!) { deactivateMember(memberId: $id) { status } }', {
          id: target.id,
        })
      ).body.data.deactivateMember.status,
    ).toBe('DEACTIVATED');
    expect((await whileSuspended.gql('{ myProfile { id } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const signInAfter = await t
      .agent()
      .gql(SIGN_IN, { input: { email: target.email, password: target.password } });
    expect(signInAfter.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const listed = (
      await admin.gql('query A($f: AdminMemberFilter) { adminMembers(filter: $f) { items { id status } } }', {
        f: { statuses: ['DEACTIVATED'] },
      })
    ).body.data.adminMembers.items;
    expect(listed).toContainEqual({ id: target.id, status: 'DEACTIVATED' });
  });

  it('refuses member queries to a session whose account is only pending', async () => {
    const applicant = await createMember(t);
    const session = await signIn(t, applicant);
    await t.sql(`UPDATE app_user SET status = 'PENDING' WHERE id = $1`, [applicant.id]);
    expect((await session.gql('{ directory { total } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps a member\u2019s profile edits and validates them', async () => {
    const member = await signIn(t, await createMember(t));
    const input = {
      fullName: 'Nadia Rahimova',
      country: 'UZ',
      institution: 'General Prosecutor\u2019s Office',
      practitionerType: 'PROSECUTOR',
      position: 'Senior prosecutor',
      languages: ['uz', 'ru', 'en'],
      expertise: ['border-and-customs-controls'],
      bio: 'Twelve years on cross-border cases.\nCentral Asia focal point.',
      locale: 'ru',
    };
    const saved = await member.gql(
      'mutation U($i: ProfileInput!) { updateMyProfile(input: $i) { fullName country languages bio locale } }',
      { i: input },
    );
    expect(saved.body.data.updateMyProfile).toEqual({
      fullName: 'Nadia Rahimova',
      country: 'UZ',
      languages: ['uz', 'ru', 'en'],
      bio: input.bio,
      locale: 'ru',
    });
    const bad = await member.gql(
      'mutation U($i: ProfileInput!) { updateMyProfile(input: $i) { fullName } }',
      { i: { ...input, locale: 'de', languages: ['English'] } },
    );
    expect(bad.body.errors[0].extensions.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'languages',
      'locale',
    ]);
  });
});
