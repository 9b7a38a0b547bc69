import type { FrameworkExportFormat, FrameworkSummary } from '@certa/client';
import { Button, Menu, Text } from '@mantine/core';
import { api } from '../../api.ts';

/** The export formats, as the menu names them, with what each file is good for. */
export const exportChoices: { format: FrameworkExportFormat; label: string; hint: string }[] = [
  { format: 'oscal', label: 'Export as OSCAL', hint: 'OSCAL catalog, JSON' },
  { format: 'json', label: 'Export as Certa JSON', hint: 'the tree as Certa stores it' },
  { format: 'csv', label: 'Export as CSV', hint: 'one row per requirement' },
  { format: 'xlsx', label: 'Export as XLSX', hint: 'Excel workbook' },
];

function DownloadIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M12 4v11m0 0l-4-4m4 4l4-4M5 19h14" />
    </svg>
  );
}

/** "Export" on a framework's page: plain download links, one per format (the session cookie authorises them). */
export function FrameworkExportMenu({ orgId, framework }: { orgId: string; framework: FrameworkSummary }) {
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<DownloadIcon />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Download {framework.name}</Menu.Label>
        {exportChoices.map((choice) => (
          <Menu.Item
            key={choice.format}
            component="a"
            href={api.frameworkExportUrl(orgId, framework.id, choice.format)}
            download
            aria-label={choice.label}
          >
            <Text size="sm" inherit>
              {choice.label}
            </Text>
            <Text size="xs" c="dimmed">
              {choice.hint}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
