import { describe, expect, it } from 'vitest';
import { can } from './permissions.js';

describe('can', () => {
  it('lets a contributor add reports and propose figures, but not publish or see witnesses', () => {
    expect(can('contributor', 'source.create')).toBe(true);
    expect(can('contributor', 'claim.propose')).toBe(true);
    expect(can('contributor', 'claim.review')).toBe(false);
    expect(can('contributor', 'record.edit')).toBe(false);
    expect(can('contributor', 'witness.read')).toBe(false);
  });

  it('lets an editor publish and see witnesses, but not manage accounts', () => {
    expect(can('editor', 'claim.review')).toBe(true);
    expect(can('editor', 'witness.read')).toBe(true);
    expect(can('editor', 'users.manage')).toBe(false);
  });

  it('lets an admin do everything, and a reader nothing', () => {
    expect(can('admin', 'users.manage')).toBe(true);
    expect(can('admin', 'claim.review')).toBe(true);
    expect(can(null, 'desk.read')).toBe(false);
  });
});
