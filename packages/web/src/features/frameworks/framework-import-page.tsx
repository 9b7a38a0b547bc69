import type { FrameworkImportReport } from '@certa/client';
import { Alert, Anchor, Button, Group, List, Paper, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import {
  describeReport,
  importProblemsOf,
  reportHasChanges,
  type ImportFormatChoice,
} from './framework-import-options.ts';
import { useFrameworks, usePrefetchFramework } from './framework-queries.ts';
import { ImportFileStep } from './import-file-step.tsx';
import { ImportProblemsAlert, ImportReportView } from './import-report-view.tsx';

interface ImportInput {
  file: File;
  format: ImportFormatChoice;
  catalogId: string | null;
  dryRun: boolean;
}

function BackToList({ orgId }: { orgId: string }) {
  return (
    <Button component={Link} to={`/o/${orgId}/frameworks`} variant="default">
      All frameworks
    </Button>
  );
}

/** A refused file with all its problems, or another failure in words; and the way back. */
function ImportFailure({ error, fileName, onBack }: { error: unknown; fileName: string; onBack: () => void }) {
  const problems = importProblemsOf(error);
  return (
    <Stack gap="md">
      {problems.length > 0 ? (
        <ImportProblemsAlert fileName={fileName} problems={problems} />
      ) : (
        <ErrorAlert error={error} title={`${fileName} cannot be imported`} />
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
      </Group>
    </Stack>
  );
}

/** What the import wrote, with a link to each framework it concerns. */
function ImportDone({
  orgId,
  report,
  names,
  onAgain,
}: {
  orgId: string;
  report: FrameworkImportReport;
  names: Map<string, string>;
  onAgain: () => void;
}) {
  const attributeTarget = report.attributes?.frameworkId;
  const prefetch = usePrefetchFramework(orgId);
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" role="status" title="Import finished">
        {describeReport(report)}
      </Alert>
      <Title order={2} fz="md">
        Open what you imported
      </Title>
      <List spacing={6} size="sm">
        {report.frameworks.map((framework) =>
          framework.frameworkId ? (
            <List.Item key={framework.frameworkId}>
              <Anchor
                component={Link}
                to={`/o/${orgId}/frameworks/${framework.frameworkId}`}
                onMouseEnter={() => prefetch(framework.frameworkId ?? '')}
                onFocus={() => prefetch(framework.frameworkId ?? '')}
              >
                {framework.name} {framework.version}
              </Anchor>{' '}
              {framework.status === 'unchanged' ? '(already in the library, unchanged)' : null}
            </List.Item>
          ) : null,
        )}
        {attributeTarget ? (
          <List.Item>
            <Anchor component={Link} to={`/o/${orgId}/frameworks/${attributeTarget}`}>
              {names.get(attributeTarget) ?? 'The framework'} with its attributes
            </Anchor>
          </List.Item>
        ) : null}
        {report.mappingSets.length > 0 ? (
          <List.Item>
            <Anchor component={Link} to={`/o/${orgId}/frameworks/mappings`}>
              Mappings between frameworks
            </Anchor>
          </List.Item>
        ) : null}
      </List>
      <Group>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}

function ImportWizard({ orgId }: { orgId: string }) {
  const queryClient = useQueryClient();
  const frameworks = useFrameworks(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormatChoice>('auto');
  const [catalogId, setCatalogId] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const run = ({ file: chosen, format: how, catalogId: base, dryRun }: ImportInput) =>
    api.importFramework(orgId, chosen, {
      fileName: chosen.name,
      ...(how === 'auto' ? {} : { format: how }),
      ...(base ? { catalogId: base } : {}),
      dryRun,
    });
  const preview = useMutation({ mutationFn: run });
  const commit = useMutation({
    mutationFn: run,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organizations', orgId, 'frameworks'] }),
        queryClient.invalidateQueries({ queryKey: ['organizations', orgId, 'mapping-sets'] }),
      ]),
  });
  const names = new Map((frameworks.data ?? []).map((framework) => [framework.id, framework.name]));
  const attributeTarget = (report: FrameworkImportReport) =>
    report.attributes ? (names.get(report.attributes.frameworkId) ?? null) : null;

  const startOver = () => {
    preview.reset();
    commit.reset();
    setActive(0);
  };
  const check = () => {
    if (!file) return;
    commit.reset();
    preview.mutate({ file, format, catalogId, dryRun: true });
    setActive(1);
  };
  const confirm = () => {
    if (!file) return;
    commit.mutate({ file, format, catalogId, dryRun: false }, { onSuccess: () => setActive(3) });
    setActive(2);
  };
  const importing = commit.isPending;
  const planned = preview.data;

  return (
    <Paper withBorder radius="lg" p="xl" maw={1080}>
      <Stepper
        active={active}
        onStepClick={(step) => (step === 0 && !importing ? startOver() : undefined)}
        allowNextStepsSelect={false}
      >
        <Stepper.Step label="Choose a file" description="and how to read it">
          <ImportFileStep
            orgId={orgId}
            frameworks={frameworks.data ?? []}
            file={file}
            onFileChange={(chosen) => {
              setFile(chosen);
              preview.reset();
            }}
            format={format}
            onFormatChange={setFormat}
            catalogId={catalogId}
            onCatalogChange={setCatalogId}
            checking={preview.isPending}
            onCheck={check}
          />
        </Stepper.Step>
        <Stepper.Step label="Preview" description="what will be created" loading={preview.isPending}>
          {preview.isPending ? (
            <Stack gap="xs" role="status">
              <Text size="sm">Reading {file?.name ?? 'the file'}…</Text>
              <Progress value={100} animated striped aria-label="Reading the file" />
            </Stack>
          ) : preview.isError ? (
            <ImportFailure error={preview.error} fileName={file?.name ?? 'The file'} onBack={startOver} />
          ) : planned ? (
            <Stack gap="lg">
              <Title order={2} fz="lg">
                {describeReport(planned)}
              </Title>
              <ImportReportView report={planned} attributeTarget={attributeTarget(planned)} />
              {reportHasChanges(planned) ? null : (
                <Text size="sm" c="dimmed">
                  Everything in this file is already in the library: importing it again changes nothing.
                </Text>
              )}
              <Group>
                <Button variant="default" onClick={startOver}>
                  Back
                </Button>
                <Button onClick={confirm}>Confirm import</Button>
              </Group>
            </Stack>
          ) : null}
        </Stepper.Step>
        <Stepper.Step label="Import" description="into the library" loading={importing}>
          {commit.isError ? (
            <ImportFailure error={commit.error} fileName={file?.name ?? 'The file'} onBack={startOver} />
          ) : (
            <Stack gap="xs" role="status">
              <Text size="sm">
                Importing {file?.name ?? 'the file'}: {planned ? describeReport(planned) : 'storing its content.'}
              </Text>
              <Progress value={100} animated striped aria-label="Importing" />
              <Text size="xs" c="dimmed">
                Large catalogs take a few seconds. Stay on this page until the import finishes.
              </Text>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Completed>
          {commit.data ? <ImportDone orgId={orgId} report={commit.data} names={names} onAgain={startOver} /> : null}
        </Stepper.Completed>
      </Stepper>
    </Paper>
  );
}

/** `/o/:orgId/frameworks/import`: import a framework, profile, attribute values or mappings in three steps. */
export function FrameworkImportPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { allowed, role } = usePermission('framework.import');
  return (
    <>
      <PageHeader
        title="Import a framework"
        summary="Bring a catalog into your library from OSCAL, CISO Assistant, a spreadsheet, or add ISO/IEC 27002 attribute values. You see what the file holds before anything is saved."
        actions={<BackToList orgId={orgId} />}
      />
      {allowed ? (
        <ImportWizard orgId={orgId} />
      ) : (
        <Alert color="gray" variant="light" title="You cannot import frameworks" maw={720}>
          {whyNotAllowed('framework.import', role)}
        </Alert>
      )}
    </>
  );
}
