import { randomUUID } from 'node:crypto';
import { iso27001Catalogue } from '@certa/core';
import { insertFrameworkWithRequirements, listAuditEvents } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBuiltInFrameworks } from '../services/library.service.ts';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Summary {
  id: string;
  name: string;
  builtIn: boolean;
  requirementCount: number;
  assessableCount: number;
}
interface Node {
  refId: string;
  title: string;
  kind: string;
  parentId: string | null;
  id: string;
  attributes: Record<string, string[]>;
  certaGuidance: { auditorQuestions: string[]; documentedInformation: { required: boolean } } | null;
}

let testApp: TestApp;
let viewer: SignedInUser;
let otherOrganizationOwner: SignedInUser;
let privateFrameworkId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  viewer = await buildSignedInUser(testApp, { role: 'viewer' });
  otherOrganizationOwner = await buildSignedInUser(testApp, { role: 'owner' });
  // A framework imported by the other organisation (internal policies): never visible to the viewer's.
  privateFrameworkId = randomUUID();
  await insertFrameworkWithRequirements(
    testApp.database.db,
    {
      id: privateFrameworkId,
      organizationId: otherOrganizationOwner.organizationId,
      slug: 'internal-policies',
      version: '3',
      name: 'Internal policies',
      publisher: 'Other Ltd',
      licenceNote: 'internal',
      source: 'imported',
      sourceKey: null,
      description: null,
      sourceFormat: 'csv',
      sourceFileName: 'internal-policies.csv',
      sourceSha256: null,
      createdAt: new Date(),
    },
    [],
  );
});

afterAll(async () => {
  await testApp.close();
});

const frameworks = (user: SignedInUser) => `/api/v1/organizations/${user.organizationId}/frameworks`;

describe('the framework library', () => {
  it('lists the built-in ISO/IEC 27001:2022 with its size to every member', async () => {
    const response = await viewer.request('GET', frameworks(viewer));
    expect(response.statusCode).toBe(200);
    const list = response.json<{ data: Summary[] }>().data;
    expect(list.map((entry) => entry.name)).toEqual(['ISO/IEC 27001:2022']);
    expect(list[0]).toMatchObject({ builtIn: true, assessableCount: 123 });
  });

  it('shows an organisation its own imports and hides them from others', async () => {
    const own = await otherOrganizationOwner.request('GET', frameworks(otherOrganizationOwner));
    const names = own.json<{ data: Summary[] }>().data.map((entry) => entry.name);
    expect(names.sort()).toEqual(['ISO/IEC 27001:2022', 'Internal policies']);
    expect((await viewer.request('GET', `${frameworks(viewer)}/${privateFrameworkId}`)).statusCode).toBe(404);
  });

  it('returns the tree in reading order with Certa guidance and the 2022 changes', async () => {
    const [iso] = (await viewer.request('GET', frameworks(viewer))).json<{ data: Summary[] }>().data;
    const response = await viewer.request('GET', `${frameworks(viewer)}/${iso?.id ?? ''}`);
    expect(response.statusCode).toBe(200);
    const nodes = response.json<{ data: { requirements: Node[] } }>().data.requirements;
    expect(nodes[0]).toMatchObject({ refId: '4', kind: 'heading', parentId: null });
    const byRef = new Map(nodes.map((node) => [node.refId, node]));
    expect(byRef.get('9.2.2')?.certaGuidance?.documentedInformation.required).toBe(true);
    expect(byRef.get('9.2.2')?.certaGuidance?.auditorQuestions.length).toBeGreaterThanOrEqual(3);
    expect(byRef.get('A.5.7')).toMatchObject({
      title: 'Threat intelligence',
      attributes: { edition_change: ['new_in_2022'] },
    });
    expect(byRef.get('A.5.7')?.parentId).toBe(byRef.get('A.5')?.id);
    expect(byRef.get('A.5')?.certaGuidance).toBeNull();
    expect(nodes.filter((node) => node.attributes.edition_change)).toHaveLength(11);
  });

  it('answers 404 for an unknown framework and 400 for a malformed id', async () => {
    expect((await viewer.request('GET', `${frameworks(viewer)}/${randomUUID()}`)).statusCode).toBe(404);
    expect((await viewer.request('GET', `${frameworks(viewer)}/not-an-id`)).statusCode).toBe(400);
  });

  it('installs the built-in catalogue once, recording it in the installation trail', async () => {
    expect(await installBuiltInFrameworks(testApp.database, new Date())).toEqual([]);
    const events = await listAuditEvents(testApp.database.db, null, { action: 'framework.installed' }, 5);
    expect(events).toHaveLength(1);
    expect(events[0]?.changes).toMatchObject({ requirements: { after: iso27001Catalogue.length } });
  });
});
