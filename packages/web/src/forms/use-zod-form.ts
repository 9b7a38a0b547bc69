import { ApiError } from '@certa/client';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { describeError } from '../lib/describe-error.ts';
import { friendlyErrors } from './friendly-errors.ts';

type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

interface ZodFormOptions<S extends z.ZodType, V extends Record<string, unknown>> {
  /** The core schema of the request this form sends: the only source of its validation rules. */
  schema: S;
  initialValues: V;
  /**
   * Turns what the inputs hold into the schema's input, when they differ (a date input holds
   * `2026-03-31`, the API wants an ISO date-time). Issues still map back to fields by their name.
   */
  toInput?: (values: V) => unknown;
}

/** What one Mantine input needs: value, change handler, error message and a name to focus. */
export interface InputProps<T> {
  name: string;
  value: T;
  error: string | undefined;
  onChange: (eventOrValue: unknown) => void;
}

function valueOf(eventOrValue: unknown): unknown {
  if (typeof eventOrValue === 'object' && eventOrValue !== null && 'currentTarget' in eventOrValue) {
    const target = (eventOrValue as { currentTarget: HTMLInputElement }).currentTarget;
    return target.type === 'checkbox' ? target.checked : target.value;
  }
  return eventOrValue;
}

function issuesByField<V>(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]) {
  const errors: FieldErrors<V> = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const field = (path[0] ?? '') as keyof V & string;
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * A small adapter between a zod schema from @certa/core and Mantine inputs: validates on submit (and
 * live once a submit failed), shows each issue under its field, focuses the first invalid field, and
 * places the server's validation issues or message the same way.
 */
export function useZodForm<S extends z.ZodType, V extends Record<string, unknown>>({
  schema,
  initialValues,
  toInput,
}: ZodFormOptions<S, V>) {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [validateLive, setValidateLive] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const validate = useCallback(
    (next: V) => {
      const parsed = schema.safeParse(toInput ? toInput(next) : next, { error: friendlyErrors });
      return parsed.success
        ? { ok: true as const, data: parsed.data, errors: {} }
        : { ok: false as const, errors: issuesByField<V>(parsed.error.issues) };
    },
    [schema, toInput],
  );

  const setFieldValue = <K extends keyof V>(field: K, value: V[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (validateLive) setErrors(validate(next).errors);
  };

  const getInputProps = <K extends keyof V & string>(field: K): InputProps<V[K]> => ({
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (eventOrValue) => setFieldValue(field, valueOf(eventOrValue) as V[K]),
  });

  // Focus the first field with a problem in the order the form shows them, not the schema's order.
  const focusFirstInvalid = (fieldErrors: FieldErrors<V>) => {
    const fields = formRef.current?.querySelectorAll<HTMLElement>('[name]') ?? [];
    for (const field of fields) {
      const name = field.getAttribute('name') ?? '';
      if (name in fieldErrors) {
        field.focus();
        return;
      }
    }
  };

  /** Shows an error of the server: field issues under their fields, anything else above the form. */
  const applyServerError = (error: unknown) => {
    if (error instanceof ApiError && error.issues.length > 0) {
      const fieldErrors = issuesByField<V>(error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
      const known = Object.keys(fieldErrors).filter((field) => field in values);
      if (known.length > 0) {
        setErrors(fieldErrors);
        setValidateLive(true);
        focusFirstInvalid(fieldErrors);
        return;
      }
    }
    setFormError(describeError(error));
  };

  const submit = async (handler: (data: z.output<S>) => Promise<void> | void) => {
    setFormError(null);
    const result = validate(values);
    setErrors(result.errors);
    if (!result.ok) {
      setValidateLive(true);
      focusFirstInvalid(result.errors);
      return;
    }
    setSubmitting(true);
    try {
      await handler(result.data);
    } catch (error) {
      applyServerError(error);
    } finally {
      setSubmitting(false);
    }
  };

  /** The form's submit handler: validates, then runs `handler` with the parsed request. */
  const onSubmit = (handler: (data: z.output<S>) => Promise<void> | void) => (event: FormEvent) => {
    event.preventDefault();
    void submit(handler);
  };

  const reset = (next: V = initialValues) => {
    setValues(next);
    setErrors({});
    setFormError(null);
    setValidateLive(false);
  };

  return {
    values,
    errors,
    formError,
    submitting,
    formRef,
    setFieldValue,
    getInputProps,
    onSubmit,
    applyServerError,
    setFormError,
    reset,
  };
}
