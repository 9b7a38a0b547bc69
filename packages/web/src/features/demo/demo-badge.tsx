import { Badge } from '@mantine/core';

/** The label that marks the demo organisation wherever its name appears (fictional data). */
export function DemoBadge({ organization }: { organization: { demo: boolean } | undefined }) {
  if (!organization?.demo) return null;
  return (
    <Badge
      component="span"
      color="grape"
      variant="light"
      radius="sm"
      size="sm"
      tt="none"
      title="Fictional demo data; an owner can remove it in Settings"
      style={{ flexShrink: 0 }}
    >
      Demo
    </Badge>
  );
}
