import { readFileSync } from 'node:fs';
import { renderPermissionsMarkdown } from '@certa/core';
import { describe, expect, it } from 'vitest';

describe('docs/permissions.md', () => {
  it('is the rendering of the permission matrix (run npm run docs:permissions after changing it)', () => {
    const committed = readFileSync(new URL('../../../docs/permissions.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderPermissionsMarkdown());
  });
});
