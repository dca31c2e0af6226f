import { randomUUID } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/hashes/utils.js';
import type { E2eContent } from '@cop/contracts';
import {
  cryptoBackend,
  decryptMessage,
  deviceFromKeyPairs,
  encryptMessage,
  generateDeviceKeys,
  publicDeviceKeys,
  setCryptoBackend,
  type OwnDevice,
  type RecipientDevice,
} from '@cop/crypto';

/**
 * End-to-end encryption cost on the sending and the reading device (`npm run bench:e2e`), in Node
 * with the same library the browser runs (libs/crypto), on both of its backends for X25519 and
 * Ed25519: WebCrypto (native; what `auto` picks where the platform has it) and noble (pure
 * JavaScript, the fallback). For a message of ordinary length sealed for 2, 10 and 100 devices: `encryptMessage` (fresh message key, one AEAD of the content,
 * one ephemeral X25519 key, per device an X25519 + HKDF + AEAD wrap, one Ed25519 signature) and,
 * on one recipient device, `decryptMessage` (signature check over the whole envelope, one X25519,
 * two AEAD openings).
 *
 * The baseline, in the same run: the content's AEAD alone (XChaCha20-Poly1305 of the same bytes
 * under a random key), the least any encrypted message costs; the ratios say what wrapping and
 * signing add. Also printed: the envelope's size against the plain text's.
 *
 * Knobs: BENCH_E2E_MS (time per measurement, 2000), BENCH_E2E_DEVICES (2,10,100).
 */

const MEASURE_MS = Number(process.env.BENCH_E2E_MS ?? 2000);
const DEVICE_COUNTS = (process.env.BENCH_E2E_DEVICES ?? '2,10,100').split(',').map(Number);

/** About the length of a working message between two investigators. */
const CONTENT: E2eContent = {
  text:
    'Bonjour Yao, the parcel from Lomé was intercepted at the Cotonou sorting centre this morning: ' +
    'two Glock 17 frames and a slide, declared as car parts. The sender address matches the one in ' +
    'the March seizure. Can your team check the phone number on the waybill against your subscriber ' +
    'records before Thursday? I will send the customs report once it is signed.',
};

interface Timing {
  p50: number;
  p95: number;
  p99: number;
  runs: number;
}

/** Runs `work` repeatedly for MEASURE_MS after a warm-up, returns per-call percentiles in ms. */
async function measure(work: () => unknown): Promise<Timing> {
  const warmUntil = performance.now() + Math.min(500, MEASURE_MS / 4);
  while (performance.now() < warmUntil) await work();
  const times: number[] = [];
  const until = performance.now() + MEASURE_MS;
  while (performance.now() < until || times.length < 20) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), runs: times.length };
}

const ms = (t: Timing) => `${t.p50.toFixed(3)} / ${t.p95.toFixed(3)} / ${t.p99.toFixed(3)}`;

const BACKENDS = ['webcrypto', 'noble'] as const;

async function main(): Promise<void> {
  const conversationId = randomUUID();
  const senderUserId = randomUUID();
  const senderKeys = generateDeviceKeys();
  const sender: OwnDevice = { deviceId: randomUUID(), secrets: deviceFromKeyPairs(senderKeys) };
  const plaintext = new TextEncoder().encode(JSON.stringify(CONTENT));

  const baseline = await measure(() => {
    xchacha20poly1305(randomBytes(32), randomBytes(24)).encrypt(plaintext);
  });

  const rows: Record<string, string>[] = [];
  for (const count of DEVICE_COUNTS) {
    // The sender's own device is one of them, as the web seals it (to read its history again).
    const devices: OwnDevice[] = [sender];
    while (devices.length < count) {
      devices.push({ deviceId: randomUUID(), secrets: deviceFromKeyPairs(generateDeviceKeys()) });
    }
    const recipients: RecipientDevice[] = devices.map((d) => ({
      deviceId: d.deviceId,
      userId: d === sender ? senderUserId : randomUUID(),
      encryptionKey: publicDeviceKeys(d.secrets).encryptionKey,
    }));
    const reader = devices[devices.length - 1]!;
    const signingKey = publicDeviceKeys(senderKeys).signingKey;

    for (const backend of BACKENDS) {
      setCryptoBackend(backend);
      const resolved = await cryptoBackend();
      if (resolved.X25519 !== backend || resolved.Ed25519 !== backend) throw new Error(`not on ${backend}`);
      const seal = (clientId: string) =>
        encryptMessage({
          conversationId,
          clientId,
          senderUserId,
          senderDevice: sender,
          recipients,
          content: CONTENT,
        });
      const encrypt = await measure(() => seal(randomUUID()));

      const clientId = randomUUID();
      const envelope = await seal(clientId);
      const open = () =>
        decryptMessage({
          envelope,
          conversationId,
          clientId,
          senderUserId,
          senderSigningKey: signingKey,
          myDevice: reader,
        });
      const check = await open();
      if (!check.ok || check.content.text !== CONTENT.text) throw new Error('the envelope did not open');
      const decrypt = await measure(open);

      rows.push({
        backend,
        devices: String(count),
        'encrypt+wrap ms p50 / p95 / p99': ms(encrypt),
        'vs content AEAD alone (p50)': `${(encrypt.p50 / baseline.p50).toFixed(0)}×`,
        'per device (p50)': `${((encrypt.p50 * 1000) / count).toFixed(0)} µs`,
        'decrypt ms p50 / p95 / p99': ms(decrypt),
        'envelope bytes': String(JSON.stringify(envelope).length),
        'vs plain text': `${(JSON.stringify(envelope).length / CONTENT.text.length).toFixed(1)}×`,
      });
    }
  }
  setCryptoBackend('auto');

  console.log(
    `\nEnd-to-end encryption in Node ${process.version} (libs/crypto; X25519/Ed25519 on WebCrypto or on noble, ` +
      `HKDF and XChaCha20-Poly1305 on noble), a ${CONTENT.text.length}-character message; ` +
      `baseline: XChaCha20-Poly1305 of the content alone, p50 / p95 / p99 ${ms(baseline)} ms (${baseline.runs} runs)`,
  );
  console.table(rows);
}

await main();
