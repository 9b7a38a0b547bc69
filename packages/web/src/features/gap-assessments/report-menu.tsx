import { gapReportDownloadUrl, type GapAssessmentDetail } from '@certa/client';
import type { GapReportFormat } from '@certa/core';
import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { usePermission } from '../../session/session-context.ts';
import { WorkbookImportModal } from './workbook-import-modal.tsx';

/** The report formats, as the menu names them, with what each file is for. */
export const reportChoices: { format: GapReportFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'Download PDF', hint: 'the report to send: summary, charts, roadmap' },
  { format: 'docx', label: 'Download Word (DOCX)', hint: 'the same report, to edit and brand' },
  { format: 'xlsx', label: 'Download Excel (XLSX)', hint: 'every requirement, for analysis and offline work' },
  { format: 'md', label: 'Download Markdown', hint: 'for a wiki page or a pull request' },
];

function DocumentIcon() {
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
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5M9 13h6M9 17h6" />
    </svg>
  );
}

/**
 * "Report" in the gap workspace header: the gap report as PDF, DOCX, XLSX or Markdown (plain download links
 * the session cookie authorises), and the import of a workbook edited offline.
 */
export function GapReportMenu({ orgId, detail }: { orgId: string; detail: GapAssessmentDetail }) {
  const [importing, setImporting] = useState(false);
  // Importing can touch any requirement, so it needs a role that may edit every answer.
  const { allowed, role } = usePermission('ismsContent.write');
  const locked = detail.status === 'completed';
  const whyNotImport = locked
    ? 'The assessment is completed and locked: its answers can no longer change.'
    : allowed
      ? null
      : whyNotAllowed('ismsContent.write', role);
  return (
    <>
      <Menu position="bottom-end" width={300} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<DocumentIcon />}>
            Report
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Gap report of {detail.reference}</Menu.Label>
          {reportChoices.map((choice) => (
            <Menu.Item
              key={choice.format}
              component="a"
              href={gapReportDownloadUrl(api, orgId, detail.id, choice.format)}
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
          <Menu.Divider />
          <Menu.Item
            disabled={whyNotImport !== null}
            onClick={() => setImporting(true)}
            aria-label="Import edited workbook…"
          >
            <Text size="sm" inherit>
              Import edited workbook…
            </Text>
            <Text size="xs" c="dimmed">
              {whyNotImport ?? 'apply the answers of an XLSX edited offline'}
            </Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <WorkbookImportModal
        orgId={orgId}
        assessmentId={detail.id}
        reference={detail.reference}
        opened={importing}
        onClose={() => setImporting(false)}
      />
    </>
  );
}
