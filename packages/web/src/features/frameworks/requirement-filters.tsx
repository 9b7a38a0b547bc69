import {
  Button,
  Checkbox,
  Collapse,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { AttributeFacet, AttributeSelection } from './requirement-attributes.ts';

interface RequirementFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** The down arrow in the filter box: move into the tree. */
  onArrowDown: () => void;
  /** Whether the framework has controls new in 2022 (ISO/IEC 27001:2022). */
  offerNewOnly: boolean;
  newOnly: boolean;
  onNewOnlyChange: (newOnly: boolean) => void;
  /** The ISO/IEC 27002 attribute types the framework's requirements carry (none: no attribute filter). */
  facets: AttributeFacet[];
  attributes: AttributeSelection;
  onAttributesChange: (attributes: AttributeSelection) => void;
  /** Whether the attribute filters are shown (they take room from the tree). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The filters above the requirement tree: words or a reference, new in 2022, attribute values. */
export function RequirementFilters({
  query,
  onQueryChange,
  onArrowDown,
  offerNewOnly,
  newOnly,
  onNewOnlyChange,
  facets,
  attributes,
  onAttributesChange,
  open,
  onOpenChange,
}: RequirementFiltersProps) {
  const selectedCount = Object.values(attributes).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  return (
    <Stack gap="sm">
      <TextInput
        label="Filter by reference or words"
        placeholder="e.g. A.8.2 or backup"
        value={query}
        onChange={(event) => onQueryChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
        type="search"
      />
      {offerNewOnly ? (
        <Checkbox
          label="Only controls new in 2022"
          checked={newOnly}
          onChange={(event) => onNewOnlyChange(event.currentTarget.checked)}
        />
      ) : null}
      {facets.length > 0 ? (
        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              px={4}
              aria-expanded={open}
              aria-controls="attribute-filters"
              onClick={() => onOpenChange(!open)}
            >
              {open ? 'Hide attribute filters' : 'Filter by attribute'}
              {selectedCount > 0 ? ` (${selectedCount} chosen)` : ''}
            </Button>
            {selectedCount > 0 ? (
              <Button variant="subtle" size="compact-xs" onClick={() => onAttributesChange({})}>
                Clear attributes
              </Button>
            ) : null}
          </Group>
          <Collapse expanded={open}>
            <SimpleGrid
              cols={2}
              spacing="xs"
              verticalSpacing="xs"
              id="attribute-filters"
              component="fieldset"
              style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
            >
              <VisuallyHidden component="legend">ISO/IEC 27002 attributes</VisuallyHidden>
              {facets.map((facet) => (
                <MultiSelect
                  key={facet.type}
                  size="xs"
                  label={facet.label}
                  placeholder={(attributes[facet.type]?.length ?? 0) > 0 ? undefined : 'Any'}
                  data={facet.values.map((value) => ({ value: value.value, label: value.label }))}
                  value={[...(attributes[facet.type] ?? [])]}
                  onChange={(values) => onAttributesChange({ ...attributes, [facet.type]: values })}
                  clearable
                  searchable
                  comboboxProps={{ withinPortal: true }}
                />
              ))}
            </SimpleGrid>
          </Collapse>
        </Stack>
      ) : null}
    </Stack>
  );
}
