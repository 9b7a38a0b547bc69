import { describe, expect, it } from 'vitest';
import { filtersForApi, filtersFromSearch, filtersToSearch, hasFilters } from './audit-filters.ts';

describe('audit trail filters', () => {
  it('round-trip through the address, leaving out empty ones', () => {
    const values = filtersFromSearch(new URLSearchParams('action=member.added&from=2026-03-01&unknown=x'));
    expect(values).toEqual({ actorUserId: '', entityType: '', action: 'member.added', from: '2026-03-01', to: '' });
    expect(filtersToSearch(values).toString()).toBe('action=member.added&from=2026-03-01');
    expect(hasFilters(values)).toBe(true);
    expect(hasFilters(filtersFromSearch(new URLSearchParams()))).toBe(false);
  });

  it('turn whole days into the start and end of those local days', () => {
    const api = filtersForApi({ actorUserId: '', entityType: '', action: '', from: '2026-03-01', to: '2026-03-31' });
    expect(new Date(api.from ?? '').getTime()).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).getTime());
    expect(new Date(api.to ?? '').getTime()).toBe(new Date(2026, 2, 31, 23, 59, 59, 999).getTime());
    expect(Object.keys(api)).toEqual(['from', 'to']);
  });
});
