import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { devFixturePaths } from './dev-credentials.js';

/**
 * SHA-256 of the public key (SPKI, DER) that a PEM file holds: a private key, a public key or a
 * certificate. The key, not the file's bytes, is fingerprinted, so a development key converted
 * to another encoding (PKCS#1, different line endings) or wrapped in a certificate is still
 * recognised; a key pair's halves and its certificate share one fingerprint.
 */
export function publicKeyFingerprint(pem: string | Buffer): string {
  return createHash('sha256').update(createPublicKey(pem).export({ type: 'spki', format: 'der' })).digest('hex');
}

let devFingerprints: Map<string, string> | null = null;

/** Fingerprint -> the committed development fixture (file name) it belongs to. */
export function developmentKeyFingerprints(): ReadonlyMap<string, string> {
  if (!devFingerprints) {
    devFingerprints = new Map();
    // A pair's private key comes first in devFixturePaths, so it names the pair.
    for (const path of Object.values(devFixturePaths)) {
      const fingerprint = publicKeyFingerprint(readFileSync(path));
      if (!devFingerprints.has(fingerprint)) devFingerprints.set(fingerprint, basename(path));
    }
  }
  return devFingerprints;
}
