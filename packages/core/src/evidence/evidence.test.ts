import { describe, expect, it } from 'vitest';
import {
  asciiEvidenceFileName,
  evidenceItemProblems,
  evidenceLinkLabel,
  evidenceLinkTargetProblem,
  evidenceReference,
  evidenceToday,
  evidenceUploadProblem,
  isEvidenceStale,
  nextEvidenceReference,
  safeEvidenceFileName,
} from './evidence.ts';
import { evidenceLinkTargets } from './evidence-kinds.ts';

describe('isEvidenceStale', () => {
  it.each<[string | null, string, 'draft' | 'approved' | 'expired' | undefined, boolean]>([
    [null, '2026-01-15', undefined, false],
    ['2026-01-16', '2026-01-15', undefined, false],
    ['2026-01-15', '2026-01-15', 'approved', false],
    ['2026-01-14', '2026-01-15', 'approved', true],
    ['2025-06-30', '2026-01-15', 'draft', true],
    ['2025-06-30', '2026-01-15', 'expired', false],
  ])('review by %s on %s (%s) is stale: %s', (reviewBy, today, status, stale) => {
    expect(isEvidenceStale(reviewBy, today, status)).toBe(stale);
  });

  it('takes today as the UTC calendar date', () => {
    expect(evidenceToday(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
  });
});

describe('evidenceItemProblems', () => {
  const item = { kind: 'document' as const, url: null, coversFrom: null, coversTo: null };

  it.each<[string, Parameters<typeof evidenceItemProblems>[0], string[]]>([
    ['a document without address', item, []],
    ['a link with an address', { ...item, kind: 'link', url: 'https://wiki.example/policy' }, []],
    ['a link without address', { ...item, kind: 'link' }, ['url']],
    ['a link with a blank address', { ...item, kind: 'link', url: '  ' }, ['url']],
    ['a link holding a file', { ...item, kind: 'link', url: 'https://x.example', currentVersion: 1 }, ['kind']],
    ['a screenshot with an address', { ...item, kind: 'screenshot', url: 'https://x.example' }, ['url']],
    ['a period ending before it starts', { ...item, coversFrom: '2026-02-01', coversTo: '2026-01-31' }, ['coversTo']],
    ['a one-day period', { ...item, coversFrom: '2026-02-01', coversTo: '2026-02-01' }, []],
    ['an open-ended period', { ...item, coversFrom: '2026-02-01' }, []],
  ])('%s', (_name, input, paths) => {
    expect(evidenceItemProblems(input).map((issue) => issue.path)).toEqual(paths);
  });

  it('refuses files on link items only', () => {
    expect(evidenceUploadProblem('link')).toMatch(/no file/);
    expect(evidenceUploadProblem('system_export')).toBeNull();
  });
});

describe('evidence references', () => {
  it.each<[string[], string]>([
    [[], 'EV-0001'],
    [['EV-0001'], 'EV-0002'],
    [['EV-0009', 'EV-0002'], 'EV-0010'],
    [['EV-9999'], 'EV-10000'],
    [['EV-0003', 'something else', 'GA-2026-07'], 'EV-0004'],
  ])('after %j comes %s', (existing, next) => {
    expect(nextEvidenceReference(existing)).toBe(next);
  });

  it('pads to four digits', () => {
    expect(evidenceReference(42)).toBe('EV-0042');
  });
});

describe('evidence links', () => {
  it('labels a requirement in an assessment', () => {
    expect(
      evidenceLinkLabel({
        targetType: 'gap_answer',
        targetId: 'x',
        targetReference: 'GA-2026-01',
        requirementRefId: 'A.5.15',
        requirementTitle: 'Access control',
      }),
    ).toBe('GA-2026-01 · A.5.15 Access control');
  });

  it('falls back to the target id when the target has no reference', () => {
    expect(
      evidenceLinkLabel({
        targetType: 'risk',
        targetId: 'abc',
        targetReference: null,
        requirementRefId: null,
        requirementTitle: null,
      }),
    ).toBe('abc');
  });

  it('accepts gap answers now and explains when the other targets arrive', () => {
    for (const target of evidenceLinkTargets) {
      const problem = evidenceLinkTargetProblem(target);
      if (target === 'gap_answer') expect(problem).toBeNull();
      else expect(problem).toMatch(/arrive with/);
    }
  });
});

describe('download file names', () => {
  it.each([
    ['policy.pdf', 'policy.pdf', 'policy.pdf'],
    ['../../etc/passwd', 'passwd', 'passwd'],
    ['C:\\Users\\ana\\report.docx', 'report.docx', 'report.docx'],
    ['Sécurité – 情報.pdf', 'Sécurité – 情報.pdf', 'Securite _ __.pdf'],
    ['a"b;c%.txt', 'a_b;c%.txt', 'a_b_c_.txt'],
    ['line\r\nbreak.txt', 'line__break.txt', 'line__break.txt'],
    ['', 'evidence', 'evidence'],
    ['...', 'evidence', 'evidence'],
  ])('offers %j as %j (ASCII %j)', (name, safe, ascii) => {
    expect(safeEvidenceFileName(name)).toBe(safe);
    expect(asciiEvidenceFileName(name)).toBe(ascii);
  });
});
