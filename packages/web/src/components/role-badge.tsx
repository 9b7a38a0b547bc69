import { Badge } from '@mantine/core';
import type { Role } from '@certa/core';
import { roleColors, roleLabels } from '../lib/roles.ts';

/** A role as a small badge; the text carries the meaning, the colour only helps scanning. */
export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm" tt="none" fw={600} miw="max-content">
      {roleLabels[role]}
    </Badge>
  );
}
