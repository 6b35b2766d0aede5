// The mirror's manifest.json: every file with its size and SHA-256, so that anyone can check a
// copy, and so that publishing again rewrites only what changed. Unchanged files keep their
// modification time, which lets rsync or a static host's upload send only the difference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 'temoin-mirror/1';

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * A path the mirror may hold: relative, with no "..", "." or empty part. A tampered manifest
 * must not make publishing overwrite or delete anything outside the mirror's folder.
 */
function isInsideMirror(path: string): boolean {
  if (path.length === 0 || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  files: z.array(
    z.object({
      path: z.string().refine(isInsideMirror, 'a path outside the mirror'),
      bytes: z.number().int().min(0),
      sha256: z.string(),
    }),
  ),
});

export class PublishError extends Error {}

/**
 * What a folder already holds as a mirror: nothing for a missing or empty folder, the files of
 * its manifest for a previous mirror. Any other folder is refused, so that publishing never
 * deletes what it did not write.
 */
export function readPreviousMirror(outDir: string): Map<string, ManifestEntry> {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return new Map();
  const manifestPath = join(outDir, MANIFEST);
  if (!existsSync(manifestPath)) {
    throw new PublishError(`${outDir} is not empty and holds no ${MANIFEST}; choose an empty folder`);
  }
  let parsed: z.infer<typeof manifestSchema>;
  try {
    parsed = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch (error) {
    const why =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
        : (error as Error).message;
    throw new PublishError(`${manifestPath} is not a Témoin mirror manifest (${why}); choose an empty folder`);
  }
  return new Map(parsed.files.map((file) => [file.path, file]));
}

export function manifestText(baseUrl: string | null, files: readonly ManifestEntry[]): string {
  return `${JSON.stringify({ format: MANIFEST_FORMAT, baseUrl, files }, null, 1)}\n`;
}
