// A desk form or address checked with its zod schema: a wrong field becomes a desk error naming
// it; a wrong address is "not found".
import type { z } from 'zod';
import { DeskError } from '../../../services/desk/desk-error.js';
import { fieldErrors } from './forms.js';

export function parse<T>(schema: z.ZodType<T>, value: unknown, notFound = false): T {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  if (notFound) throw new DeskError('not_found', 'No record at this address.');
  const errors = fieldErrors(parsed.error);
  const [field] = Object.keys(errors);
  throw new DeskError(
    'invalid',
    Object.entries(errors)
      .map(([f, m]) => `${f}: ${m}`)
      .join('; '),
    field,
  );
}
