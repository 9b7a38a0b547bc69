import { describe, expect, it } from 'vitest';
import { createLookupCache } from './lookup-cache.ts';

describe('createLookupCache', () => {
  it('reuses an answer within its lifetime and reads again after forget', async () => {
    const cache = createLookupCache<number>(60_000);
    let reads = 0;
    const load = () => Promise.resolve((reads += 1));
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('b', load)).toBe(2);
    cache.forget('a');
    expect(await cache.get('a', load)).toBe(3);
    expect(await cache.get('b', load)).toBe(2);
    cache.forget();
    expect(await cache.get('b', load)).toBe(4);
  });

  it('reads every time when turned off', async () => {
    const cache = createLookupCache<number>(0);
    let reads = 0;
    const load = () => Promise.resolve((reads += 1));
    await cache.get('a', load);
    cache.set('a', 99);
    expect(await cache.get('a', load)).toBe(2);
  });

  it('reads again once an answer is older than its lifetime', async () => {
    const cache = createLookupCache<number>(5);
    let reads = 0;
    const load = () => Promise.resolve((reads += 1));
    await cache.get('a', load);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cache.get('a', load)).toBe(2);
  });
});
