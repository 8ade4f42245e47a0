import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWith, wordWith } from '../../../test/text-documents.js';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { ATTACHMENT_MAX_BYTES } from './case-attachment.rules.js';

/**
 * An exempt case never leaks to those who may not read it (the public, other communities, analysts):
 * not through GraphQL (the case, its content, a list, a linked case), not through the files, not through
 * the search, not through the audit log.
 */
let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let readers: Record<'secretariat' | 'member', Session>;
let outsiders: Record<'public' | 'analyst' | 'otherSecretariat', Session | undefined>;
let organId: string;
let exemptId: string;
let publicId: string;
let exemptFile: string;
let exemptFileOfPublicCase: string;
let publicFileOfExemptCase: string;

const SECRET = 'Lønnsforhandling koordinatorstillingen';
const SECRET_TEXT = 'Søkeren Kari Nordmann krever høyere lønn.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

async function upload(caseId: string, session: Session | undefined, body: Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/api/cases/${caseId}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('Søkerliste.pdf'),
      ...(session ? { cookie: session.cookie } : {}),
      ...headers,
    },
    body,
  });
  const answer = (await response.json()) as { id?: string; errors?: { extensions: { reason: string } }[] };
  return { status: response.status, body: { id: answer.id, reason: answer.errors?.[0]?.extensions.reason } };
}

async function download(attachmentId: string, session: Session | undefined) {
  const response = await fetch(`${app.url}/api/case-attachments/${attachmentId}`, { headers: session ? { cookie: session.cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

async function registerSubmitted(input: Record<string, unknown>): Promise<string> {
  const registered = await must<{ registerCase: { id: string; version: number } }>(
    app,
    'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }',
    { input: { organId, kind: 'DECISION', ...input } },
    community.secretariat,
  );
  await must(
    app,
    'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }',
    { input: { caseId: registered.registerCase.id, expectedVersion: registered.registerCase.version, status: 'SUBMITTED' } },
    community.secretariat,
  );
  return registered.registerCase.id;
}

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app, { municipalities: 1, organs: 0 });
  other = await buildCommunity(app, { municipalities: 1, organs: 0 });
  readers = {
    secretariat: community.secretariat,
    member: await signInAs(app, { role: 'SSU_MEMBER', communityId: community.id }),
  };
  outsiders = {
    public: undefined,
    analyst: await signInAs(app, { role: 'ANALYST', communityId: community.id }),
    otherSecretariat: other.secretariat,
  };
  const created = await must<{ createOrgan: { id: string } }>(
    app,
    'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
    { input: { communityId: community.id, name: 'SSU', kind: 'STRATEGIC_COMMITTEE', rules: { decisionRule: 'CONSENSUS' } } },
    community.secretariat,
  );
  organId = created.createOrgan.id;
  exemptId = await registerSubmitted({
    title: SECRET,
    access: 'EXEMPT',
    exemptionBasis: 'Offl. § 25',
    publicTitle: 'Personalsak',
    background: SECRET_TEXT,
    recommendation: ['Forhandlingsutvalget gis fullmakt.'],
  });
  publicId = await registerSubmitted({ title: 'Samhandlingsarenaer', background: 'Likeverdige møteplasser for kommuner og sykehus.' });
  const version = (
    await must<{ case: { version: number } }>(app, 'query($id: ID!) { case(id: $id) { version } }', { id: publicId }, community.secretariat)
  ).case.version;
  await must(
    app,
    'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
    { input: { caseId: publicId, expectedVersion: version, linkedCaseIds: [exemptId] } },
    community.secretariat,
  );
  exemptFile = (await upload(exemptId, community.secretariat, PDF)).body.id ?? '';
  publicFileOfExemptCase = (await upload(exemptId, community.secretariat, PDF)).body.id ?? '';
  exemptFileOfPublicCase =
    (await upload(publicId, community.secretariat, PDF, { 'x-access': 'EXEMPT', 'x-exemption-basis': encodeURIComponent('Offl. § 14') }))
      .body.id ?? '';
});
afterAll(() => app.close());

const CASE = `query($id: ID!) { case(id: $id) { title publicTitle exemptionBasis contentVisible
  content { background recommendation attachments { fileName downloadPath access } linkedCases { title } } } }`;

describe('an exempt case through GraphQL', () => {
  it('shows the reference, legal basis and public title to outsiders, and nothing of the content', async () => {
    for (const [name, session] of Object.entries(outsiders)) {
      const response = await app.gql(CASE, { id: exemptId }, session?.cookie);
      expect(response.data, name).toEqual({
        case: { title: 'Personalsak', publicTitle: 'Personalsak', exemptionBasis: 'Offl. § 25', contentVisible: false, content: null },
      });
    }
  });

  it('shows everything to the secretariat and the SSU members', async () => {
    for (const session of Object.values(readers)) {
      const data = await must<{ case: { title: string; content: { background: string; attachments: { fileName: string }[] } } }>(
        app,
        CASE,
        { id: exemptId },
        session,
      );
      expect(data.case.title).toBe(SECRET);
      expect(data.case.content.background).toBe(SECRET_TEXT);
      expect(data.case.content.attachments.map((file) => file.fileName)).toEqual(['Søkerliste.pdf', 'Søkerliste.pdf']);
    }
  });

  it("shows a public case's linked exempt case by its public title only, and its exempt file without a name", async () => {
    for (const [name, session] of Object.entries(outsiders)) {
      const response = await app.gql(CASE, { id: publicId }, session?.cookie);
      const text = JSON.stringify(response.data);
      expect(text, name).not.toContain(SECRET);
      expect(response.data, name).toMatchObject({
        case: {
          content: { linkedCases: [{ title: 'Personalsak' }], attachments: [{ fileName: null, downloadPath: null, access: 'EXEMPT' }] },
        },
      });
    }
  });

  it("never answers the exempt title or text in an organ's list", async () => {
    for (const [name, session] of Object.entries(outsiders)) {
      const response = await app.gql(
        'query($id: ID!) { cases(organId: $id) { nodes { title content { background } } } }',
        { id: organId },
        session?.cookie,
      );
      expect(JSON.stringify(response.data), name).not.toMatch(/Lønnsforhandling|Nordmann/);
    }
  });
});

describe('an exempt case through the files', () => {
  it('gives the files to those who may read them, with the type found from the content', async () => {
    for (const session of Object.values(readers)) {
      for (const id of [exemptFile, publicFileOfExemptCase, exemptFileOfPublicCase]) {
        const file = await download(id, session);
        expect(file.status).toBe(200);
        expect(file.type).toBe('application/pdf');
        expect(file.body.equals(PDF)).toBe(true);
      }
    }
  });

  it('answers 404 to outsiders for an exempt file, and for any file of an exempt case', async () => {
    for (const [name, session] of Object.entries(outsiders)) {
      for (const id of [exemptFile, publicFileOfExemptCase, exemptFileOfPublicCase]) {
        expect((await download(id, session)).status, name).toBe(404);
      }
    }
  });
});

describe('the files, for a script with an API token', () => {
  async function tokenOf(session: Session): Promise<Record<string, string>> {
    const created = await must<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "Saksskript" }) { token } }',
      {},
      session,
    );
    return { authorization: `Bearer ${created.createApiToken.token}` };
  }

  it('reads as the token’s owner: an analyst’s script gets a draft case’s file, the public does not, and no script gets an exempt one', async () => {
    const draft = await must<{ registerCase: { id: string } }>(
      app,
      'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      { input: { organId, kind: 'DECISION', title: 'Utkast til årsplan' } },
      community.secretariat,
    );
    const draftFile = (await upload(draft.registerCase.id, community.secretariat, PDF)).body.id ?? '';
    const analyst = await tokenOf(outsiders.analyst as Session);
    const file = await fetch(`${app.url}/api/case-attachments/${draftFile}`, { headers: analyst });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(draftFile, undefined)).status).toBe(404);

    // A token is read-only and never reads exempt content, even the SSU member's own.
    const member = await tokenOf(readers.member);
    expect((await fetch(`${app.url}/api/case-attachments/${exemptFile}`, { headers: member })).status).toBe(404);
  });

  it('lets no script upload a file, not even with the secretariat’s token', async () => {
    const refused = await fetch(`${app.url}/api/cases/${publicId}/attachments`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'skript.pdf', ...(await tokenOf(community.secretariat)) },
      body: PDF,
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

/** The titles of the organ's cases a search finds, as the caller sees them. */
const search = async (words: string, session: Session | undefined) =>
  (
    await must<{ cases: { nodes: { title: string | null }[] } }>(
      app,
      'query($id: ID!, $search: String) { cases(organId: $id, search: $search) { nodes { title } } }',
      { id: organId, search: words },
      session,
    )
  ).cases.nodes.map((node) => node.title);

describe('an exempt case through the search', () => {
  it('does not match exempt words for outsiders: no hit tells that a case holds them', async () => {
    for (const [name, session] of Object.entries(outsiders)) {
      expect(await search('lønnsforhandlinger', session), name).toEqual([]);
      expect(await search('Nordmann', session), name).toEqual([]);
      expect(await search('personalsak', session), name).toEqual(['Personalsak']);
    }
  });

  it('matches exempt words, stemmed in Norwegian, for those who may read them', async () => {
    for (const session of Object.values(readers)) {
      expect(await search('lønnsforhandlinger', session)).toEqual([SECRET]);
      expect(await search('møteplass', session)).toEqual(['Samhandlingsarenaer']);
    }
  });
});

describe('the files of a case through the search', () => {
  it('finds a case by the words and names of its files, only those of files the caller may read', async () => {
    const open = await registerSubmitted({ title: 'Legemiddelsamstemming' });
    const closed = await registerSubmitted({
      title: 'Tilsettingssak',
      access: 'EXEMPT',
      exemptionBasis: 'Offl. § 25',
      publicTitle: 'Tilsetting',
    });
    const named = (name: string, extra: Record<string, string> = {}) => ({ 'x-file-name': encodeURIComponent(name), ...extra });
    const exempt = { 'x-access': 'EXEMPT', 'x-exemption-basis': encodeURIComponent('Offl. § 14') };
    const uploads = [
      await upload(open, community.secretariat, await pdfWith('Samstemmingen gjelder dosett og multidose.'), named('Rutine.pdf')),
      await upload(open, community.secretariat, await pdfWith('Leverandøren Apotekgruppen tilbyr rabatt.'), named('Tilbud.pdf', exempt)),
      await upload(open, community.secretariat, Buffer.from('Merknad om pakningsvedlegg.'), named('merknad.txt')),
      await upload(open, community.secretariat, await wordWith('Legemiddelgjennomgang på sykehjemmet.'), named('Referat.docx')),
      await upload(
        closed,
        community.secretariat,
        await pdfWith('Intervjuene med kandidatene avsluttes fredag.'),
        named('Intervjuplan.pdf'),
      ),
    ];
    expect(uploads.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);

    for (const [name, session] of Object.entries(readers)) {
      expect(await search('multidose', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('pakningsvedlegg', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('legemiddelgjennomgang', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('Apotekgruppen', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('kandidatene', session), name).toEqual(['Tilsettingssak']);
      expect(await search('intervjuplan', session), name).toEqual(['Tilsettingssak']);
    }
    for (const [name, session] of Object.entries(outsiders)) {
      expect(await search('multidose', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('rutine', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('legemiddelgjennomgang', session), name).toEqual(['Legemiddelsamstemming']);
      expect(await search('Apotekgruppen', session), name).toEqual([]);
      expect(await search('tilbud', session), name).toEqual([]);
      expect(await search('kandidatene', session), name).toEqual([]);
      expect(await search('intervjuplan', session), name).toEqual([]);
    }
    // The words stay in the search: not in the audit log, not in any answer about the file.
    const [logged] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE after::text LIKE '%Apotekgruppen%' OR after::text LIKE '%dosett%'`,
    );
    expect(logged?.count).toBe(0);
  });
});

describe('an exempt case through the audit log', () => {
  it('keeps the before and after values from everyone but the secretariat', async () => {
    const query = 'query($id: ID!, $entity: String) { auditEvents(filter: { communityId: $id, entityId: $entity }) { events { after } } }';
    for (const [name, session] of [...Object.entries(outsiders), ['member', readers.member] as const]) {
      const response = await app.gql(query, { id: community.id, entity: exemptId }, session?.cookie);
      expect(response.errors?.[0]?.extensions?.code, name).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(JSON.stringify(response.data ?? null)).not.toContain('Lønnsforhandling');
    }
    const seen = await must(app, query, { id: community.id, entity: exemptId }, community.secretariat);
    expect(JSON.stringify(seen)).toContain(SECRET);
  });

  it('is not read by a script, not even with the secretariat’s token: a token never reads exempt content', async () => {
    const created = await must<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "Revisjonsskript" }) { token } }',
      {},
      community.secretariat,
    );
    const query = 'query($id: ID!, $entity: String) { auditEvents(filter: { communityId: $id, entityId: $entity }) { events { after } } }';
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.createApiToken.token}` },
      body: JSON.stringify({ query, variables: { id: community.id, entity: exemptId } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(JSON.stringify(body.data ?? null)).not.toContain('Lønnsforhandling');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('uploading attachments', () => {
  it('refuses a file over the limit, one that is not an allowed type, and an empty one, with reasons', async () => {
    const tooLarge = await upload(publicId, community.secretariat, Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_MAX_BYTES)]));
    expect(tooLarge).toMatchObject({ status: 413, body: { reason: 'ATTACHMENT_TOO_LARGE' } });
    const html = await upload(publicId, community.secretariat, Buffer.from('<html><script>alert(1)</script></html>'), {
      'x-file-name': 'rapport.pdf',
    });
    expect(html).toMatchObject({ status: 400, body: { reason: 'ATTACHMENT_TYPE_NOT_ALLOWED' } });
    expect(await upload(publicId, community.secretariat, Buffer.alloc(0))).toMatchObject({
      status: 400,
      body: { reason: 'ATTACHMENT_EMPTY' },
    });
  });

  it('refuses an exempt file without its legal basis', async () => {
    const refused = await upload(publicId, community.secretariat, PDF, { 'x-access': 'EXEMPT' });
    expect(refused).toMatchObject({ status: 400, body: { reason: 'EXEMPTION_BASIS_REQUIRED' } });
  });

  it('refuses everyone but the secretariat of the case’s community', async () => {
    expect((await upload(publicId, undefined, PDF)).status).toBe(401);
    expect((await upload(publicId, outsiders.analyst, PDF)).status).toBe(403);
    expect((await upload(publicId, other.secretariat, PDF)).status).toBe(403);
  });
});

describe("changing a file's access after the upload", () => {
  const CHANGE = `mutation($input: ChangeCaseAttachmentAccessInput!) { changeCaseAttachmentAccess(input: $input) { id } }`;

  it('exempts a public file, so outsiders lose it at once, and makes it public again; audited', async () => {
    const fileId = (await upload(publicId, community.secretariat, PDF)).body.id ?? '';
    expect((await download(fileId, undefined)).status).toBe(200);

    await must(app, CHANGE, { input: { attachmentId: fileId, access: 'EXEMPT', exemptionBasis: 'Offl. § 13' } }, community.secretariat);
    for (const [name, session] of Object.entries(outsiders)) expect((await download(fileId, session)).status, name).toBe(404);
    expect((await download(fileId, readers.member)).status).toBe(200);
    const listed = await app.gql(CASE, { id: publicId });
    const attachments = (listed.data as { case: { content: { attachments: { downloadPath: string | null; fileName: string | null }[] } } })
      .case.content.attachments;
    const seen = attachments.find((attachment) => attachment.downloadPath?.endsWith(fileId) ?? false);
    expect(seen).toBeUndefined();
    expect(attachments.some((attachment) => attachment.fileName === null)).toBe(true);

    await must(app, CHANGE, { input: { attachmentId: fileId, access: 'PUBLIC' } }, community.secretariat);
    expect((await download(fileId, undefined)).status).toBe(200);
    const [audit] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'CaseAttachment' AND entity_id = $1 AND action = 'UPDATE'`,
      [fileId],
    );
    expect(audit?.count).toBe(2);
  });

  it('refuses an exemption without its legal basis, and everyone but the secretariat of the case’s community', async () => {
    const fileId = (await upload(publicId, community.secretariat, PDF)).body.id ?? '';
    const noBasis = await app.gql(CHANGE, { input: { attachmentId: fileId, access: 'EXEMPT' } }, community.secretariat.cookie);
    expect(noBasis.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXEMPTION_BASIS_REQUIRED' });
    for (const session of [readers.member, other.secretariat, outsiders.analyst]) {
      const refused = await app.gql(
        CHANGE,
        { input: { attachmentId: fileId, access: 'EXEMPT', exemptionBasis: 'Offl. § 13' } },
        session?.cookie,
      );
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect((await download(fileId, undefined)).status).toBe(200);
  });
});
