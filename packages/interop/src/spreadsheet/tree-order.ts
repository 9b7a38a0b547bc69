/** What ordering a flat list of nodes parents-first found, by index into that list. */
export interface TreeOrder {
  /** Indexes in output order: every parent before its children, siblings in list order. */
  order: number[];
  /** Indexes of nodes whose key was already used by an earlier node (left out of `order`). */
  duplicates: number[];
  /** Indexes of nodes whose parent key names no node in the list. */
  unknownParent: number[];
  /** Indexes of nodes on a loop of parents (nodes hanging below a loop or an unknown parent are left out silently). */
  inCycle: number[];
}

/**
 * Orders a flat list of nodes so that parents come before their children (a parent may be listed after
 * its child), keeping list order otherwise, and reports duplicate keys, unknown parents and cycles.
 */
export function orderParentsFirst(nodes: readonly { key: string; parentKey: string | null }[]): TreeOrder {
  const duplicates: number[] = [];
  const indexByKey = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (indexByKey.has(node.key)) duplicates.push(index);
    else indexByKey.set(node.key, index);
  });
  const unknownParent: number[] = [];
  const order: number[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, number[]>();
  const place = (first: number): void => {
    // Iterative, so a very long chain of nodes listed before their parents cannot overflow the stack.
    const stack = [first];
    while (stack.length > 0) {
      const index = stack.pop() as number;
      const key = (nodes[index] as { key: string }).key;
      order.push(index);
      placed.add(key);
      const children = waiting.get(key);
      if (children) {
        waiting.delete(key);
        for (let child = children.length - 1; child >= 0; child -= 1) stack.push(children[child] as number);
      }
    }
  };
  nodes.forEach((node, index) => {
    if (indexByKey.get(node.key) !== index) return;
    if (node.parentKey === null || placed.has(node.parentKey)) place(index);
    else if (!indexByKey.has(node.parentKey)) unknownParent.push(index);
    else {
      const siblings = waiting.get(node.parentKey);
      if (siblings) siblings.push(index);
      else waiting.set(node.parentKey, [index]);
    }
  });
  // Still waiting: below an unknown parent (already reported) or on a loop; report only the loop itself.
  const left = new Set([...waiting.values()].flat());
  const cycle = new Set<number>();
  const settled = new Set<number>();
  for (const start of left) {
    // Walk up once per node overall: a node already settled is either on a loop or below one.
    const path: number[] = [];
    const onPath = new Map<number, number>();
    let index: number | undefined = start;
    while (index !== undefined && left.has(index) && !settled.has(index) && !onPath.has(index)) {
      onPath.set(index, path.length);
      path.push(index);
      index = indexByKey.get((nodes[index] as { parentKey: string }).parentKey);
    }
    if (index !== undefined && onPath.has(index)) for (const member of path.slice(onPath.get(index))) cycle.add(member);
    for (const member of path) settled.add(member);
  }
  const inCycle = [...cycle].sort((first, second) => first - second);
  return { order, duplicates, unknownParent, inCycle };
}
