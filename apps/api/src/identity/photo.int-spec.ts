import sharp from 'sharp';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { binary } from '../../test/binary.js';

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Secret Location Camera', Copyright: 'GPS 14.6928N 17.4467W' } })
    .toBuffer();
}

describe('profile photos', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('re-encodes an upload to a small WebP without its metadata, shown to members only', async () => {
    const member = await createMember(t);
    const client = await signIn(t, member);
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const res = await client.agent
      .post('/api/profile-photo')
      .set('x-csrf', '1')
      .attach('photo', original, { filename: 'portrait.png', contentType: 'image/png' });
    expect(res.status).toBe(200);
    expect(res.body.photoUrl).toMatch(new RegExp(`^/api/members/${member.id}/photo\\?v=`));

    const served = await client.agent.get(res.body.photoUrl).buffer(true).parse(binary);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(served.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect((served.body as Buffer).includes(Buffer.from('Secret Location'))).toBe(false);

    const profile = await client.gql('{ myProfile { photoUrl } }');
    expect(profile.body.data.myProfile.photoUrl).toBe(res.body.photoUrl);
    const anonymous = await t.http().get(res.body.photoUrl);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a file that is not an image whatever its name, an oversized one, and one without the CSRF header', async () => {
    const client = await signIn(t, await createMember(t));
    const script = await client.agent
      .post('/api/profile-photo')
      .set('x-csrf', '1')
      .attach('photo', Buffer.from('<script>alert(1)</script>'), {
        filename: 'photo.jpg',
        contentType: 'image/jpeg',
      });
    expect(script.status).toBe(400);
    expect(script.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'photo', code: 'notAnImage' }],
    });

    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    const unsupported = await client.agent
      .post('/api/profile-photo')
      .set('x-csrf', '1')
      .attach('photo', gif, 'photo.gif');
    expect(unsupported.body.fields[0].code).toBe('unsupportedImage');

    const huge = Buffer.alloc(6 * 1024 * 1024, 1);
    const tooBig = await client.agent
      .post('/api/profile-photo')
      .set('x-csrf', '1')
      .attach('photo', huge, 'big.png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('BAD_USER_INPUT');

    const noCsrf = await client.agent
      .post('/api/profile-photo')
      .attach('photo', await jpegWithGps(), 'p.jpg');
    expect(noCsrf.status).toBe(400);
    expect(noCsrf.body.code).toBe('BAD_REQUEST');
  });

  it('answers a photo of a member who is not active, or has none, like a missing one', async () => {
    const client = await signIn(t, await createMember(t));
    const other = await createMember(t);
    const res = await client.agent.get(`/api/members/${other.id}/photo`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    const bad = await client.agent.get('/api/members/not-a-uuid/photo');
    expect(bad.status).toBe(400);
  });
});
