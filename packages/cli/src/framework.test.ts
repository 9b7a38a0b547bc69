import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/run-cli.ts';

let root: string;
let data: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'certa-framework-'));
  data = join(root, 'data');
  await runCliCaptured(['migrate', '--data', data]);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('certa framework', () => {
  it('lists the built-in ISO/IEC 27001:2022', async () => {
    const run = await runCliCaptured(['framework', 'list', '--data', data]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^[0-9a-f-]{36} {2}iso27001-2022@2022 {2}ISO\/IEC 27001:2022 {2}\(123 assessable of \d+; built in\)$/,
    );
  });

  it('lists as JSON in the shape of the API', async () => {
    const run = await runCliCaptured(['framework', 'list', '--json', '--data', data]);
    const list = JSON.parse(run.out) as { slug: string; builtIn: boolean; assessableCount: number }[];
    expect(list).toEqual([expect.objectContaining({ slug: 'iso27001-2022', builtIn: true, assessableCount: 123 })]);
  });

  it('shows the tree by slug, indented, with the controls new in 2022 marked', async () => {
    const run = await runCliCaptured(['framework', 'show', 'iso27001-2022', '--data', data]);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('ISO/IEC 27001:2022 (iso27001-2022@2022, ISO/IEC)');
    expect(lines).toContain('    9.2.2  Internal audit programme');
    expect(lines).toContain('    A.5.7  Threat intelligence  [new in 2022]');
    expect(lines.filter((line) => line.includes('[new in 2022]'))).toHaveLength(11);
  });

  it('shows the guidance in the JSON output', async () => {
    const run = await runCliCaptured(['framework', 'show', 'iso27001-2022', '--json', '--data', data]);
    const detail = JSON.parse(run.out) as {
      requirements: { refId: string; certaGuidance: { auditorQuestions: string[] } | null }[];
    };
    expect(
      detail.requirements.find((node) => node.refId === 'A.8.13')?.certaGuidance?.auditorQuestions.length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('answers exit code 4 for an unknown framework or organisation', async () => {
    const unknown = await runCliCaptured(['framework', 'show', 'nist-999', '--data', data]);
    expect(unknown).toMatchObject({ code: 4, err: 'certa: No framework nist-999' });
    const badOrg = await runCliCaptured(['framework', 'list', '--org', 'acme', '--data', data]);
    expect(badOrg).toMatchObject({ code: 4, err: 'certa: No organisation named "acme"' });
  });
});
