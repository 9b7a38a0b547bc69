import { DomainError, errorCodes, errorEnvelopeSchema, healthSchema, type ErrorCode, type Health } from '@certa/core';
import type { z } from 'zod';

/** Options of an API client: where the server is and how to authenticate. */
export interface ApiClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`; empty for same-origin calls from the web app. */
  baseUrl?: string;
  /** Personal API token sent as a bearer token. */
  token?: string;
  fetch?: typeof fetch;
}

function statusToCode(status: number): ErrorCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return 'internal';
}

/** A typed client of the Certa HTTP API that parses every response with the shared core schemas. */
export class ApiClient {
  readonly #baseUrl: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Sends a request and parses the JSON answer with `schema`; failures become DomainErrors. */
  async request<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    let response: Response;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new DomainError(
        'internal',
        `Cannot reach the Certa server at ${this.#baseUrl || 'this origin'}: ${(error as Error).message}`,
      );
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const envelope = errorEnvelopeSchema.safeParse(json);
      if (envelope.success) {
        const { code, message, details } = envelope.data.error;
        throw new DomainError((errorCodes as readonly string[]).includes(code) ? code : 'internal', message, details);
      }
      throw new DomainError(
        statusToCode(response.status),
        `The server answered ${response.status} ${response.statusText}`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new DomainError('internal', `Unexpected answer from the server for ${method} ${path}`, parsed.error.issues);
    }
    return parsed.data;
  }

  /** GET /api/health: the server's status, database kind and versions. */
  getHealth(): Promise<Health> {
    return this.request('GET', '/api/health', healthSchema);
  }
}
