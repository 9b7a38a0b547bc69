import type { RequirementParameter } from './framework.ts';

/** What a text needs to know about a parameter to display it (choices and labels may insert others). */
export type ParameterForDisplay = Pick<RequirementParameter, 'label' | 'values' | 'choices' | 'howMany'>;

const insertPattern = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g;

// Choices may insert other parameters; a cycle or an absurd chain stops here instead of looping.
const maxInsertDepth = 8;

function display(id: string, parameters: ReadonlyMap<string, ParameterForDisplay>, depth: number): string {
  const parameter = parameters.get(id);
  if (!parameter || depth > maxInsertDepth) return `[Assignment: ${id}]`;
  if (parameter.values.length > 0)
    return parameter.values.map((value) => resolve(value, parameters, depth + 1)).join(', ');
  if (parameter.choices.length > 0) {
    const choices = parameter.choices.map((choice) => resolve(choice, parameters, depth + 1).trim()).join('; ');
    return parameter.howMany === 'one-or-more' ? `[Selection (one or more): ${choices}]` : `[Selection: ${choices}]`;
  }
  const label = parameter.label?.trim();
  return `[Assignment: ${label ? resolve(label, parameters, depth + 1) : id}]`;
}

function resolve(text: string, parameters: ReadonlyMap<string, ParameterForDisplay>, depth: number): string {
  return text.replace(insertPattern, (_match, id: string) => display(id, parameters, depth));
}

/**
 * Replaces every OSCAL `{{ insert: param, ID }}` in a text with the parameter as NIST prints it: its
 * values, else `[Selection (one or more): a; b]`, else `[Assignment: label]` (`[Assignment: ID]` when
 * the parameter is unknown). Texts are stored with the placeholders so a profile can set values.
 */
export function renderParameterInserts(
  text: string,
  parameters: ReadonlyMap<string, ParameterForDisplay> | readonly (ParameterForDisplay & { paramId: string })[],
): string {
  const byId: ReadonlyMap<string, ParameterForDisplay> =
    parameters instanceof Map
      ? parameters
      : new Map(
          (parameters as readonly (ParameterForDisplay & { paramId: string })[]).map((entry) => [entry.paramId, entry]),
        );
  return resolve(text, byId, 0);
}

/** Whether a text holds parameter placeholders. */
export function hasParameterInserts(text: string): boolean {
  return /\{\{\s*insert:\s*param,/.test(text);
}

/** A requirement with its statement, guidance and objectives shown with the parameters resolved. */
export function renderRequirementTexts<
  T extends {
    description: string | null;
    guidance: string | null;
    objectives: string | null;
    parameters: readonly (ParameterForDisplay & { paramId: string })[];
  },
>(requirement: T): T {
  const render = (text: string | null) => (text === null ? null : renderParameterInserts(text, requirement.parameters));
  return {
    ...requirement,
    description: render(requirement.description),
    guidance: render(requirement.guidance),
    objectives: render(requirement.objectives),
  };
}
