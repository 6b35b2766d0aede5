// Reads an incident bundle from a folder: incident.json, validated, and the source texts it names.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { BundleError } from './bundle-error.js';
import { type Bundle, bundleSchema } from './bundle-schema.js';

export interface BundleOnDisk {
  bundle: Bundle;
  /** Source texts and update bodies by their path, exactly as stored (no trimming, no normalising). */
  texts: Map<string, string>;
  where: string;
}

const MAX_TEXT_BYTES = 5 * 1024 * 1024;

async function readUtf8(path: string, where: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BundleError(where, [code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? 'unknown error'})`]);
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new BundleError(where, [`larger than ${MAX_TEXT_BYTES} bytes`]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError(where, ['not valid UTF-8 text']);
  }
}

export async function readBundleDir(dir: string): Promise<BundleOnDisk> {
  const root = resolve(dir);
  const manifestPath = join(root, 'incident.json');
  const raw = await readUtf8(manifestPath, manifestPath);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new BundleError(manifestPath, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    throw new BundleError(
      manifestPath,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`),
    );
  }
  const texts = new Map<string, string>();
  const files = [...parsed.data.sources.map((s) => s.textFile), ...parsed.data.updates.map((u) => u.bodyFile)];
  for (const file of files) {
    const path = resolve(root, file);
    if (!path.startsWith(root + sep)) throw new BundleError(manifestPath, [`${file}: outside the bundle`]);
    try {
      texts.set(file, await readUtf8(path, path));
    } catch (error) {
      // A missing text is reported with the other reference problems when the bundle is prepared.
      if (!(error instanceof BundleError && error.problems[0] === 'file not found')) throw error;
    }
  }
  return { bundle: parsed.data, texts, where: manifestPath };
}
