import type { FrameworkRequirement } from '@certa/client';
import { Alert, Badge, Group, List, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { isNewIn2022, type RequirementTree } from './requirement-tree.ts';

const kindLabels: Record<FrameworkRequirement['kind'], string> = {
  heading: 'Heading',
  clause_requirement: 'Clause requirement',
  control: 'Annex A control',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Title order={3} fz="md">
        {title}
      </Title>
      {children}
    </Stack>
  );
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
  return (
    <Section title="In this section">
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {children.map((ref) => {
          const child = tree.byRef.get(ref)?.requirement;
          if (!child) return null;
          return (
            <li key={ref}>
              <UnstyledButton onClick={() => onSelect(ref)} fz="sm" c="var(--mantine-color-anchor)">
                <Text component="span" ff="monospace" fw={600} inherit>
                  {ref}
                </Text>{' '}
                {child.title}
                {isNewIn2022(child) ? ' (new in 2022)' : ''}
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </Section>
  );
}

/** One requirement's page: reference and title, what kind it is, and Certa's guidance on it. */
export function RequirementDetails({
  tree,
  requirement,
  onSelect,
}: {
  tree: RequirementTree;
  requirement: FrameworkRequirement;
  onSelect: (ref: string) => void;
}) {
  const guidance = requirement.certaGuidance;
  const documented = guidance?.documentedInformation;
  return (
    <Stack gap="lg" component="article" aria-labelledby="requirement-title">
      <Stack gap="xs">
        <Title order={2} fz={22} id="requirement-title">
          <Text component="span" ff="monospace" inherit>
            {requirement.refId}
          </Text>{' '}
          {requirement.title}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {kindLabels[requirement.kind]}
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
      {documented?.required && documented.note ? (
        <Alert color="orange" variant="light" title="Documented information" role="note">
          {documented.note}
        </Alert>
      ) : null}
      {requirement.description ? <Text>{requirement.description}</Text> : null}
      {guidance ? (
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
          {!documented?.required && documented?.note ? (
            <Section title="Documented information">
              <Text size="sm">{documented.note}</Text>
            </Section>
          ) : null}
        </>
      ) : requirement.kind === 'heading' ? null : (
        <Text c="dimmed" size="sm">
          Certa has no guidance on this requirement yet.
        </Text>
      )}
      {requirement.guidance ? (
        <Section title="Guidance from the framework">
          <Text size="sm">{requirement.guidance}</Text>
        </Section>
      ) : null}
      {requirement.kind === 'heading' ? (
        <HeadingContents tree={tree} requirement={requirement} onSelect={onSelect} />
      ) : null}
      <Text size="xs" c="dimmed">
        The reference and title come from the framework; the guidance is written by Certa, not quoted from the standard.
      </Text>
    </Stack>
  );
}
