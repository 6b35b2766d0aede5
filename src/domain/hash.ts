// The SHA-256 that pins a report's verbatim text: anyone holding the text can check it.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
