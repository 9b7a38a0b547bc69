import { describe, expect, it } from 'vitest';
import { orderParentsFirst } from './tree-order.ts';

const node = (key: string, parentKey: string | null = null) => ({ key, parentKey });

describe('orderParentsFirst', () => {
  it('keeps a list that is already parents first unchanged', () => {
    expect(orderParentsFirst([node('a'), node('a.1', 'a'), node('b')]).order).toEqual([0, 1, 2]);
  });

  it('places children listed before their parent right after it, siblings in list order', () => {
    const nodes = [node('a.1.1', 'a.1'), node('a.2', 'a'), node('b'), node('a'), node('a.1', 'a'), node('a.3', 'a')];
    expect(orderParentsFirst(nodes).order.map((index) => nodes[index]?.key)).toEqual([
      'b',
      'a',
      'a.2',
      'a.1',
      'a.1.1',
      'a.3',
    ]);
    const early = [node('x.1', 'x'), node('x.2', 'x'), node('x')];
    expect(orderParentsFirst(early).order).toEqual([2, 0, 1]);
  });

  it('reports duplicates, unknown parents and the nodes of a loop, leaving out what hangs below them', () => {
    const nodes = [
      node('a'),
      node('a'),
      node('x', 'missing'),
      node('x.1', 'x'),
      node('p', 'q'),
      node('q', 'p'),
      node('p.1', 'p'),
      node('self', 'self'),
    ];
    expect(orderParentsFirst(nodes)).toEqual({ order: [0], duplicates: [1], unknownParent: [2], inCycle: [4, 5, 7] });
  });

  it('handles a long chain listed child first without deep recursion', () => {
    const nodes = Array.from({ length: 50_000 }, (_, index) =>
      node(`n${index}`, index === 49_999 ? null : `n${index + 1}`),
    );
    const { order } = orderParentsFirst(nodes);
    expect(order).toHaveLength(50_000);
    expect(order[0]).toBe(49_999);
    expect(order[49_999]).toBe(0);
  });
});
