import {
  gapWorkbookProblems,
  importGapWorkbook,
  type GapWorkbookImportResult,
  type GapWorkbookProblemView,
} from '@certa/client';
import { gapWorkbookHeaders, type GapWorkbookField } from '@certa/core';
import { Alert, Button, FileInput, Group, Modal, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { gapKeys } from './gap-queries.ts';

const fieldLabel = (field: GapWorkbookField) => gapWorkbookHeaders[field];

/** Where a problem is, as a spreadsheet user reads it: `Requirements!D12 (Status)`. */
function cellOf(problem: GapWorkbookProblemView): string {
  if (problem.row === null) return 'Whole workbook';
  const cell = `${problem.sheet ? `${problem.sheet}!` : ''}${problem.column ?? ''}${problem.row}`;
  return problem.header ? `${cell} (${problem.header})` : cell;
}

function ProblemsTable({ problems }: { problems: GapWorkbookProblemView[] }) {
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" title="Nothing can be imported until these are fixed" role="alert">
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`} in the workbook.
        Correct the cells below in your spreadsheet, save it and choose it again. Nothing has been changed.
      </Alert>
      <TableFrame label="Problems in the workbook" minWidth={560}>
        <Table withTableBorder striped verticalSpacing="xs" fz="sm" aria-label="Problems in the workbook">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Cell</Table.Th>
              <Table.Th scope="col">Requirement</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, index) => (
              <Table.Tr key={`${String(problem.row)}-${problem.column ?? ''}-${String(index)}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{cellOf(problem)}</Table.Td>
                <Table.Td>{problem.refId ?? '—'}</Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
    </Stack>
  );
}

function ChangesTable({ result }: { result: GapWorkbookImportResult }) {
  return (
    <TableFrame label="Requirements the workbook changes" minWidth={420}>
      <Table withTableBorder striped verticalSpacing="xs" fz="sm" aria-label="Requirements the workbook changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Requirement</Table.Th>
            <Table.Th scope="col">What changes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.changed.map((change) => (
            <Table.Tr key={change.refId}>
              <Table.Th scope="row" fw={600}>
                {change.refId}
              </Table.Th>
              <Table.Td>{change.fields.map(fieldLabel).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function Preview({ result }: { result: GapWorkbookImportResult }) {
  if (result.problems.length > 0) return <ProblemsTable problems={result.problems} />;
  if (result.changed.length === 0)
    return (
      <Alert color="gray" variant="light" title="Nothing to import">
        The workbook holds the same answers as {result.reference}: no requirement changes.
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        {result.changed.length === 1 ? 'One requirement changes' : `${result.changed.length} requirements change`};{' '}
        {result.unchanged} {result.unchanged === 1 ? 'row stays' : 'rows stay'} as they are. Nothing is saved until you
        apply.
      </Text>
      <ChangesTable result={result} />
    </Stack>
  );
}

interface WorkbookImportModalProps {
  orgId: string;
  assessmentId: string;
  reference: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * "Import edited workbook": drop the XLSX, read a dry-run preview (the requirements that change, or every
 * problem with its cell), then apply; the workspace reloads its answers.
 */
export function WorkbookImportModal({ orgId, assessmentId, reference, opened, onClose }: WorkbookImportModalProps) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const upload = (dryRun: boolean) => (chosen: File) =>
    importGapWorkbook(api, orgId, assessmentId, chosen, { fileName: chosen.name, dryRun });
  const check = useMutation({ mutationFn: upload(true) });
  const apply = useMutation({
    mutationFn: upload(false),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: gapKeys.detail(orgId, assessmentId) }),
        queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) }),
      ]),
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    apply.reset();
    check.reset();
    if (chosen) check.mutate(chosen);
  };
  const close = () => {
    choose(null);
    onClose();
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  const preview = check.data;
  const applyProblems = apply.isError ? gapWorkbookProblems(apply.error) : [];
  const canApply = Boolean(file && preview && preview.problems.length === 0 && preview.changed.length > 0);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Import an edited workbook into ${reference}`}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close this dialog' }}
    >
      {apply.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title="Imported" role="status">
            {apply.data.changed.length === 1
              ? 'One answer was updated'
              : `${apply.data.changed.length} answers were updated`}
            ; the workspace shows them now. Every change is in the audit trail.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            Choose the XLSX you downloaded from this assessment's Report menu and edited offline. Certa checks every row
            first and shows what would change; nothing is saved until you apply.
          </Text>
          <Paper
            withBorder
            radius="md"
            p="md"
            onDragOver={(event: DragEvent<HTMLDivElement>) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            style={{
              borderStyle: 'dashed',
              borderWidth: 2,
              background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
            }}
          >
            <Stack gap="xs" align="center">
              <Text size="sm" c="dimmed">
                Drop the workbook here, or
              </Text>
              <FileInput
                label="Edited workbook (XLSX)"
                placeholder="Choose a file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={choose}
                clearable
                clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
                w={360}
              />
            </Stack>
          </Paper>
          {check.isPending ? (
            <Stack gap={4}>
              <Text size="sm">Checking every row…</Text>
              <Progress value={100} striped animated aria-label="Checking the workbook" />
            </Stack>
          ) : null}
          {check.isError ? <ErrorAlert error={check.error} title="The workbook could not be checked" /> : null}
          {preview && !apply.isError ? <Preview result={preview} /> : null}
          {applyProblems.length > 0 ? <ProblemsTable problems={applyProblems} /> : null}
          {apply.isError && applyProblems.length === 0 ? (
            <ErrorAlert error={apply.error} title="Nothing was imported" />
          ) : null}
          {apply.isPending ? (
            <Stack gap={4}>
              <Text size="sm">Applying the changes…</Text>
              <Progress value={100} striped animated aria-label="Applying the changes" />
            </Stack>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={!canApply} loading={apply.isPending} onClick={() => file && apply.mutate(file)}>
              {preview && preview.changed.length > 0
                ? `Apply ${preview.changed.length} ${preview.changed.length === 1 ? 'change' : 'changes'}`
                : 'Apply'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
