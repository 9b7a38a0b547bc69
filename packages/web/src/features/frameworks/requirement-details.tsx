import type { FrameworkRequirement, FrameworkSummary } from '@certa/client';
import { Alert, Badge, Group, List, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { isNewIn2022, type RequirementTree } from './requirement-tree.ts';
import { ParametersTable, RequirementAttributes, Section, SourceText } from './requirement-source-sections.tsx';

/** What kind of node a requirement is, in words; "Annex A control" only where there is an Annex A. */
function kindLabel(requirement: FrameworkRequirement, builtIn: boolean): string {
  switch (requirement.kind) {
    case 'heading':
      return 'Heading';
    case 'clause_requirement':
      return 'Clause requirement';
    case 'control':
      return builtIn ? 'Annex A control' : 'Control';
  }
}

function Bullets({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  return (
    <List type={ordered ? 'ordered' : 'unordered'} spacing={6} size="sm" withPadding>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The contents of a heading: its children, each one click away. */
function HeadingContents({
  tree,
  requirement,
  onSelect,
}: {
  tree: RequirementTree;
  requirement: FrameworkRequirement;
  onSelect: (ref: string) => void;
}) {
  const children = tree.childrenOf.get(requirement.refId) ?? [];
  if (children.length === 0) return null;
  return (
    <Section title={requirement.kind === 'heading' ? 'In this section' : 'Enhancements and parts'}>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {children.map((ref) => {
          const child = tree.byRef.get(ref)?.requirement;
          if (!child) return null;
          return (
            <li key={ref}>
              <UnstyledButton
                onClick={() => onSelect(ref)}
                fz="sm"
                c="var(--mantine-color-anchor)"
                td={child.withdrawn ? 'line-through' : undefined}
              >
                <Text component="span" ff="monospace" fw={600} inherit>
                  {ref}
                </Text>{' '}
                {child.title}
                {isNewIn2022(child) ? ' (new in 2022)' : ''}
                {child.withdrawn ? ' (withdrawn)' : ''}
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </Section>
  );
}

/** Certa's own guidance on a built-in requirement: meaning, auditor questions, evidence, gaps. */
function CertaGuidance({ guidance }: { guidance: NonNullable<FrameworkRequirement['certaGuidance']> }) {
  const documented = guidance.documentedInformation;
  return (
    <>
      <Section title="What it means">
        <Text size="sm">{guidance.meaning}</Text>
      </Section>
      {guidance.auditorQuestions.length > 0 ? (
        <Section title="What an auditor asks">
          <Bullets items={guidance.auditorQuestions} ordered />
        </Section>
      ) : null}
      {guidance.typicalEvidence.length > 0 ? (
        <Section title="Typical evidence">
          <Bullets items={guidance.typicalEvidence} />
        </Section>
      ) : null}
      {guidance.commonGaps.length > 0 ? (
        <Section title="Common gaps">
          <Bullets items={guidance.commonGaps} />
        </Section>
      ) : null}
      {!documented.required && documented.note ? (
        <Section title="Documented information">
          <Text size="sm">{documented.note}</Text>
        </Section>
      ) : null}
    </>
  );
}

/** What the framework's own file says: statement, guidance, objectives, evidence, parameters. */
function SourceContent({ requirement, builtIn }: { requirement: FrameworkRequirement; builtIn: boolean }) {
  const hasGuidance = requirement.certaGuidance !== null;
  return (
    <>
      {requirement.description && !builtIn ? (
        <Section title="Statement">
          <SourceText>{requirement.description}</SourceText>
        </Section>
      ) : null}
      {requirement.parameters.length > 0 ? <ParametersTable parameters={requirement.parameters} /> : null}
      {requirement.guidance ? (
        <Section title="Guidance from the framework">
          <SourceText>{requirement.guidance}</SourceText>
        </Section>
      ) : null}
      {requirement.objectives ? (
        <Section title="Assessment objectives">
          <SourceText>{requirement.objectives}</SourceText>
        </Section>
      ) : null}
      {requirement.typicalEvidence ? (
        <Section title={hasGuidance ? 'Evidence the framework suggests' : 'Typical evidence'}>
          <SourceText>{requirement.typicalEvidence}</SourceText>
        </Section>
      ) : null}
    </>
  );
}

/**
 * One requirement's page: reference and title, what kind it is, Certa's guidance on the built-in
 * framework, and everything an imported file gives (statement, parameters, objectives, attributes).
 */
export function RequirementDetails({
  tree,
  framework,
  requirement,
  onSelect,
}: {
  tree: RequirementTree;
  framework: FrameworkSummary;
  requirement: FrameworkRequirement;
  onSelect: (ref: string) => void;
}) {
  const guidance = requirement.certaGuidance;
  const documented = guidance?.documentedInformation;
  return (
    <Stack gap="lg" component="article" aria-labelledby="requirement-title">
      <Stack gap="xs">
        <Title order={2} fz={22} id="requirement-title" td={requirement.withdrawn ? 'line-through' : undefined}>
          <Text component="span" ff="monospace" inherit>
            {requirement.refId}
          </Text>{' '}
          {requirement.title}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {kindLabel(requirement, framework.builtIn)}
          </Badge>
          {isNewIn2022(requirement) ? (
            <Badge variant="light" color="grape" radius="sm" tt="none">
              New in 2022
            </Badge>
          ) : null}
          {documented?.required ? (
            <Badge variant="light" color="orange" radius="sm" tt="none">
              Documented information required
            </Badge>
          ) : null}
          {requirement.withdrawn ? (
            <Badge variant="light" color="red" radius="sm" tt="none">
              Withdrawn
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {requirement.withdrawn ? (
        <Alert color="red" variant="light" role="note" title="Withdrawn">
          The framework no longer asks for this. It stays in the tree so references to it still resolve, but it cannot
          be assessed; see its related requirements for where the content went.
        </Alert>
      ) : null}
      {documented?.required && documented.note ? (
        <Alert color="orange" variant="light" title="Documented information" role="note">
          {documented.note}
        </Alert>
      ) : null}
      {requirement.description && framework.builtIn ? <Text>{requirement.description}</Text> : null}
      {guidance ? <CertaGuidance guidance={guidance} /> : null}
      <SourceContent requirement={requirement} builtIn={framework.builtIn} />
      {!guidance && framework.builtIn && requirement.kind !== 'heading' ? (
        <Text c="dimmed" size="sm">
          Certa has no guidance on this requirement yet.
        </Text>
      ) : null}
      <RequirementAttributes tree={tree} requirement={requirement} onSelect={onSelect} />
      <HeadingContents tree={tree} requirement={requirement} onSelect={onSelect} />
      <Text size="xs" c="dimmed">
        {framework.builtIn
          ? 'The reference and title come from the framework; the guidance is written by Certa, not quoted from the standard.'
          : `The text comes from the imported file${framework.sourceFileName ? ` ${framework.sourceFileName}` : ''}, as its publisher wrote it.`}
      </Text>
    </Stack>
  );
}
