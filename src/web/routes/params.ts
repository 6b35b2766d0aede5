// Shapes of the public addresses' parameters. A parameter that cannot be right is a 404 (no such
// page); a query parameter that is wrong is a 400 naming the field.
import { z } from 'zod';
import { METRICS } from '../../domain/claim.js';

export const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/) });
export const sourceParams = z.object({ id: z.uuid() });

export const incidentListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const incidentQuery = z.strictObject({
  metric: z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(z.enum(METRICS)))
    .optional(),
});

/** The first problem of a failed parse as a field name and a message. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    return { field: issue.keys[0] ?? '', message: `unknown parameter; allowed: ${'limit, metric'}` };
  }
  return { field: issue?.path.join('.') || '(query)', message: issue?.message ?? 'invalid value' };
}
