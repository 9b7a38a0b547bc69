import { describe, expect, it } from 'vitest';
import { annexAControlsNewIn2022, iso27001Catalogue, normalizeIsoReference } from './iso27001-2022.ts';

const byKind = (kind: string) => iso27001Catalogue.filter((node) => node.kind === kind);

describe('the ISO/IEC 27001:2022 catalogue', () => {
  it('has the 30 assessable management-system requirements of clauses 4 to 10', () => {
    expect(byKind('clause_requirement').map((node) => node.refId)).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '6.1.1',
      '6.1.2',
      '6.1.3',
      '6.2',
      '6.3',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5.1',
      '7.5.2',
      '7.5.3',
      '8.1',
      '8.2',
      '8.3',
      '9.1',
      '9.2.1',
      '9.2.2',
      '9.3.1',
      '9.3.2',
      '9.3.3',
      '10.1',
      '10.2',
    ]);
  });

  it('has the 93 Annex A controls in four themes of 37, 8, 14 and 34', () => {
    const controls = byKind('control');
    expect(controls).toHaveLength(93);
    const perTheme = Object.fromEntries(
      ['A.5', 'A.6', 'A.7', 'A.8'].map((theme) => [
        theme,
        controls.filter((node) => node.parentRefId === theme).length,
      ]),
    );
    expect(perTheme).toEqual({ 'A.5': 37, 'A.6': 8, 'A.7': 14, 'A.8': 34 });
  });

  it('numbers the controls of each theme without gaps', () => {
    for (const [theme, count] of [
      ['A.5', 37],
      ['A.6', 8],
      ['A.7', 14],
      ['A.8', 34],
    ] as const) {
      const numbers = byKind('control')
        .filter((node) => node.parentRefId === theme)
        .map((node) => Number(node.refId.split('.')[2]));
      expect(numbers).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    }
  });

  it('marks the 11 controls new in 2022', () => {
    expect(annexAControlsNewIn2022).toHaveLength(11);
    expect(iso27001Catalogue.filter((node) => node.isNewIn2022).map((node) => node.refId)).toEqual([
      ...annexAControlsNewIn2022,
    ]);
  });

  it('has unique references, every parent present before its children, and a title on every node', () => {
    const seen = new Set<string>();
    for (const node of iso27001Catalogue) {
      expect(seen.has(node.refId)).toBe(false);
      if (node.parentRefId !== null) expect(seen.has(node.parentRefId)).toBe(true);
      expect(node.title.length).toBeGreaterThan(3);
      seen.add(node.refId);
    }
  });

  it('keeps clause 5.1 and control A.5.1 apart', () => {
    expect(iso27001Catalogue.find((node) => node.refId === '5.1')?.title).toBe('Leadership and commitment');
    expect(iso27001Catalogue.find((node) => node.refId === 'A.5.1')?.title).toBe('Policies for information security');
  });
});

describe('normalizeIsoReference', () => {
  it.each([
    ['A.5.1', 'any', 'A.5.1'],
    ['a.8.34', 'any', 'A.8.34'],
    ['A8.2', 'any', 'A.8.2'],
    [' 5.1 ', 'any', '5.1'],
    ['5.1', 'annex_a', 'A.5.1'],
    ['9.2.2', 'any', '9.2.2'],
    ['A.9.1', 'any', undefined],
    ['11', 'any', undefined],
  ] as const)('reads %s (%s) as %s', (input, context, expected) => {
    expect(normalizeIsoReference(input, context)).toBe(expected);
  });
});
