import type { FrameworkSummary } from '@certa/client';
import { Anchor, Button, FileInput, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import { importAccept, importFormatOptions, type ImportFormatChoice } from './framework-import-options.ts';

interface ImportFileStepProps {
  orgId: string;
  frameworks: FrameworkSummary[];
  file: File | null;
  onFileChange: (file: File | null) => void;
  format: ImportFormatChoice;
  onFormatChange: (format: ImportFormatChoice) => void;
  catalogId: string | null;
  onCatalogChange: (catalogId: string | null) => void;
  checking: boolean;
  onCheck: () => void;
}

function FileIcon() {
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
      <path d="M14 3v5h5" />
    </svg>
  );
}

/** Step 1 of an import: the file, how to read it, and the catalog or framework it builds on. */
export function ImportFileStep({
  orgId,
  frameworks,
  file,
  onFileChange,
  format,
  onFormatChange,
  catalogId,
  onCatalogChange,
  checking,
  onCheck,
}: ImportFileStepProps) {
  const forAttributes = format === 'attributes';
  const offersCatalog = format === 'auto' || format === 'oscal' || forAttributes;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onCheck();
  };
  return (
    <form onSubmit={onSubmit} aria-label="Choose a file to import" noValidate>
      <Stack gap="md" maw={720}>
        <FileInput
          label="File to import"
          description="OSCAL catalog or profile (JSON, YAML or XML), CISO Assistant library (YAML), CSV or XLSX, or an ISO/IEC 27002 attributes CSV. Up to 50 MB."
          placeholder="Choose a file"
          // Mantine's placeholder grey is too faint to read on a button that is not a text field.
          styles={{ placeholder: { color: 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))' } }}
          accept={importAccept}
          value={file}
          onChange={onFileChange}
          leftSection={<FileIcon />}
          clearable
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Format"
            description="Certa recognises most files by themselves."
            data={importFormatOptions}
            value={format}
            onChange={(value) => onFormatChange(value ?? 'auto')}
            allowDeselect={false}
          />
          {offersCatalog ? (
            <Select
              label={forAttributes ? 'Framework the attributes apply to' : 'Catalog for a profile'}
              description={
                forAttributes
                  ? 'Leave empty for the built-in ISO/IEC 27001:2022.'
                  : 'Only for an OSCAL profile; leave empty to use the catalog the profile names.'
              }
              placeholder={forAttributes ? 'ISO/IEC 27001:2022' : 'As named in the profile'}
              data={frameworks.map((framework) => ({
                value: framework.id,
                label: `${framework.name} (${framework.version})`,
              }))}
              value={catalogId}
              onChange={onCatalogChange}
              clearable
              searchable
            />
          ) : null}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          Writing your own framework? Start from a template:{' '}
          <Anchor href={api.frameworkTemplateUrl(orgId, 'csv')} download underline="always">
            CSV template
          </Anchor>
          ,{' '}
          <Anchor href={api.frameworkTemplateUrl(orgId, 'xlsx')} download underline="always">
            XLSX template
          </Anchor>
          , or the{' '}
          <Anchor href={api.frameworkTemplateUrl(orgId, 'attributes')} download underline="always">
            ISO/IEC 27002 attributes template
          </Anchor>
          .
        </Text>
        <Group>
          <Button type="submit" disabled={!file} loading={checking}>
            Check the file
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Checking reads the file and shows what it holds; nothing is saved until you confirm.
        </Text>
      </Stack>
    </form>
  );
}
