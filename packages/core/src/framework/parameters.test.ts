import { describe, expect, it } from 'vitest';
import { renderParameterInserts } from './parameters.ts';

const parameter = (
  paramId: string,
  extra: Partial<{ label: string; values: string[]; choices: string[]; howMany: string }>,
) => ({
  paramId,
  label: extra.label ?? null,
  values: extra.values ?? [],
  choices: extra.choices ?? [],
  howMany: extra.howMany ?? null,
});

describe('renderParameterInserts', () => {
  it.each([
    [
      'an assignment shows its label',
      [parameter('p1', { label: 'personnel or roles' })],
      'Notify [Assignment: personnel or roles].',
    ],
    [
      'set values replace the placeholder',
      [parameter('p1', { label: 'x', values: ['the CISO', 'the DPO'] })],
      'Notify the CISO, the DPO.',
    ],
    [
      'a selection lists its choices',
      [parameter('p1', { choices: ['daily', 'weekly'] })],
      'Notify [Selection: daily; weekly].',
    ],
    [
      'a selection of one or more says so',
      [parameter('p1', { choices: ['daily', 'weekly'], howMany: 'one-or-more' })],
      'Notify [Selection (one or more): daily; weekly].',
    ],
    ['an unknown parameter shows its id', [], 'Notify [Assignment: p1].'],
  ])('%s', (_name, parameters, expected) => {
    expect(renderParameterInserts('Notify {{ insert: param, p1 }}.', parameters)).toBe(expected);
  });

  it('resolves parameters inserted in the choices of another', () => {
    const parameters = [
      parameter('p1', { choices: ['within {{ insert: param, p2 }}', 'never'] }),
      parameter('p2', { label: 'time period' }),
    ];
    expect(renderParameterInserts('{{ insert: param, p1 }}', parameters)).toBe(
      '[Selection: within [Assignment: time period]; never]',
    );
  });

  it('stops on a parameter that inserts itself', () => {
    const text = renderParameterInserts('{{ insert: param, p1 }}', [
      parameter('p1', { values: ['{{ insert: param, p1 }}'] }),
    ]);
    expect(text).toContain('[Assignment: p1]');
  });
});
