import { describe, expect, it } from 'vitest';
import { createTestApp } from './testing/test-app.ts';

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing and tells its client to drop the connection', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const testApp = await createTestApp({}, (app) => {
      app.get('/api/v1/slow', { config: { permission: 'public' } }, async () => {
        entered();
        await gate;
        return { data: 'finished' };
      });
    });
    await testApp.app.listen({ host: '127.0.0.1', port: 0 });
    const address = testApp.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/slow`);
    await inside;
    const closing = testApp.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ data: 'finished' });
    await closing;
    expect(closed).toBe(true);
  });
});
