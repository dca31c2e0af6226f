import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import {
  amina,
  custodyFactory,
  EVIDENCE_ID,
  evidenceFactory,
  jonas,
  REQUEST_ID,
  requestFactory,
  workspaceFactory,
  WORKSPACE_ID,
} from '../test/factory';
import { JitWorkspacesPage } from './JitWorkspacesPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderJit(path: string, answers: Answers, viewer: Parameters<typeof viewerAnswer>[0] = {}) {
  const network = graphqlNetwork({ Viewer: viewerAnswer({ mfaEnabled: true, ...viewer }), ...answers });
  const view = renderRoutes([{ path: 'jit/*', element: <JitWorkspacesPage /> }], path, { fetch: network });
  return { ...view, network };
}

const withWorkspace = { JitWorkspace: { data: { jitWorkspace: workspaceFactory() } } };

describe('a new workspace', () => {
  it('needs a name, two countries, an end after the signature and the country one represents', async () => {
    const { user, network } = renderJit('/jit/new', {
      CreateJitWorkspace: { data: { createJitWorkspace: workspaceFactory() } },
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
    });

    await user.click(await screen.findByRole('button', { name: 'Create workspace' }));
    expect(await screen.findByText('Fill in this field.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least two countries.')).toBeInTheDocument();
    expect(screen.getByText('Choose one of the participating countries.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Operation Northern Corridor');
    const countries = screen.getByRole('combobox', { name: 'Participating countries' });
    await user.selectOptions(countries, 'SN');
    await user.click(screen.getByRole('button', { name: 'Add the country' }));
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(screen.getByText('Choose at least two countries.')).toBeInTheDocument();

    await user.selectOptions(countries, 'SE');
    await user.click(screen.getByRole('button', { name: 'Add the country' }));
    await user.type(screen.getByLabelText('Agreement signed on'), '2026-06-01');
    await user.type(screen.getByLabelText('Agreement ends on'), '2026-05-01');
    await user.selectOptions(screen.getByRole('combobox', { name: 'I represent' }), 'SN');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(await screen.findByText('The end cannot be before the signature.')).toBeInTheDocument();
    expect(requestsOf(network, 'CreateJitWorkspace')).toEqual([]);

    await user.clear(screen.getByLabelText('Agreement ends on'));
    await user.type(screen.getByLabelText('Agreement ends on'), '2027-06-01');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    await waitFor(() =>
      expect(requestsOf(network, 'CreateJitWorkspace')).toEqual([
        {
          input: {
            name: 'Operation Northern Corridor',
            reference: null,
            purpose: null,
            countries: ['SN', 'SE'],
            agreementSignedOn: '2026-06-01',
            agreementEndsOn: '2027-06-01',
            phaseNote: null,
            leaderCountry: 'SN',
            leaderId: null,
          },
        },
      ]),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Operation Northern Corridor' }),
    ).toBeInTheDocument();
  });

  it('lets staff name another member as first leader', async () => {
    renderJit('/jit/new', {}, { role: 'MODERATOR' });
    expect(await screen.findByRole('searchbox', { name: 'First leader (optional)' })).toBeInTheDocument();
  });

  it('does not offer members the first-leader choice', async () => {
    renderJit('/jit/new', {});
    expect(await screen.findByRole('button', { name: 'Create workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox', { name: 'First leader (optional)' })).not.toBeInTheDocument();
  });
});

/** A stand-in for XMLHttpRequest: the test plays the files api. */
class FakeXhr extends EventTarget {
  static sent: FakeXhr[] = [];
  readonly upload = new EventTarget();
  url = '';
  status = 0;
  responseText = '';
  withCredentials = false;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send() {
    FakeXhr.sent.push(this);
  }
  abort() {
    this.dispatchEvent(new Event('abort'));
  }
}

describe('evidence', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the file with its progress, then adds the item to the register', async () => {
    const created = evidenceFactory({ custodian: amina, createdBy: amina });
    const { user, network } = renderJit(`/jit/${WORKSPACE_ID}/evidence/new`, {
      ...withWorkspace,
      CreateJitEvidence: { data: { createJitEvidence: created } },
      JitEvidenceItem: {
        data: {
          jitEvidenceItem: {
            ...created,
            custody: [custodyFactory({ actor: amina, sha256: 'ab'.repeat(32) })],
          },
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add to the register' }));
    expect(await screen.findByText('Upload the file first.')).toBeInTheDocument();
    expect(screen.getByText(/^One file of at most 2 GB \(PDF/)).toBeInTheDocument();

    const input = screen.getByTestId('attachment-input') as HTMLInputElement;
    await user.upload(
      input,
      new File([new Uint8Array(2048)], 'seizure-report.pdf', { type: 'application/pdf' }),
    );
    const [xhr] = FakeXhr.sent as [FakeXhr];
    // Streamed to the workspace's evidence route, not the 25 MB attachment route.
    expect(xhr.url).toBe(`/api/jit/workspaces/${WORKSPACE_ID}/evidence-files`);
    await act(async () => {
      xhr.upload.dispatchEvent(
        Object.assign(new Event('progress'), { loaded: 1024, total: 2300, lengthComputable: true }),
      );
    });
    expect(screen.getByRole('progressbar', { name: 'Uploading seizure-report.pdf' })).toHaveAttribute(
      'value',
      '1024',
    );
    await act(async () => {
      xhr.status = 201;
      xhr.responseText = JSON.stringify({
        id: 'f1',
        name: 'seizure-report.pdf',
        contentType: 'application/pdf',
        size: 2048,
        sha256: 'ab'.repeat(32),
        hasPreview: false,
      });
      xhr.dispatchEvent(new Event('load'));
    });
    expect(screen.getByText('Uploaded')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Seizure report, Dakar port');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'FORENSIC_REPORT');
    await user.click(screen.getByRole('button', { name: 'Add to the register' }));

    await waitFor(() =>
      expect(requestsOf(network, 'CreateJitEvidence')).toEqual([
        {
          input: {
            workspaceId: WORKSPACE_ID,
            fileId: 'f1',
            title: 'Seizure report, Dakar port',
            description: null,
            type: 'FORENSIC_REPORT',
            originCountry: 'SN',
            collectedBy: null,
            collectedAt: null,
            legalBasis: null,
            classification: 'JIT RESTRICTED',
          },
        },
      ]),
    );
    expect(
      await screen.findByRole('heading', { name: 'No. 1 Seizure report, Dakar port' }),
    ).toBeInTheDocument();
  });

  it('shows an item’s custody log and a failed integrity check loudly', async () => {
    const item = evidenceFactory({ integrity: 'MISMATCH', lastVerifiedAt: '2026-11-20T10:00:00.000Z' });
    renderJit(`/jit/${WORKSPACE_ID}/evidence/${EVIDENCE_ID}`, {
      ...withWorkspace,
      JitEvidenceItem: {
        data: {
          jitEvidenceItem: {
            ...item,
            custody: [
              custodyFactory({ action: 'UPLOADED', sha256: 'ab'.repeat(32) }),
              custodyFactory({ action: 'DOWNLOADED', actor: amina, at: '2026-11-02T08:00:00.000Z' }),
              custodyFactory({
                action: 'TRANSFERRED',
                fromMember: jonas,
                toMember: amina,
                at: '2026-11-03T08:00:00.000Z',
              }),
              custodyFactory({ action: 'METADATA_CHANGED', fields: ['title', 'legalBasis'] }),
              custodyFactory({ action: 'VERIFY_FAILED', actor: amina, sha256: 'cd'.repeat(32) }),
            ],
          },
        },
      },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(/Integrity check failed/);
    expect(screen.getByText('Mismatch')).toHaveClass('jit-badge--integrity-mismatch');
    expect(screen.getByRole('link', { name: 'Download the file' })).toHaveAttribute(
      'href',
      `/api/jit/evidence/${EVIDENCE_ID}/file`,
    );
    const log = screen.getByRole('table', { name: 'Chain of custody of item 1' });
    const rows = within(log).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(within(rows[1] as HTMLElement).getByText('Uploaded')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Downloaded')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: 'Amina Diallo' })).toBeInTheDocument();
    expect(within(rows[3] as HTMLElement).getByText('Custody transferred')).toBeInTheDocument();
    expect(within(rows[4] as HTMLElement).getByText('Changed: title, legalBasis')).toBeInTheDocument();
    expect(within(rows[5] as HTMLElement).getByText('Integrity check FAILED')).toHaveClass('jit-alarm');
    expect(within(rows[1] as HTMLElement).getByText('1a2b3c4d5e6f')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seal' })).toBeInTheDocument();
  });

  it('offers no changes to a sealed item, but still verification', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/evidence/${EVIDENCE_ID}`, {
      ...withWorkspace,
      JitEvidenceItem: { data: { jitEvidenceItem: { ...evidenceFactory({ sealed: true }), custody: [] } } },
    });

    expect(await screen.findByRole('button', { name: 'Verify integrity' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Transfer custody' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

describe('requests', () => {
  it('changes a request’s status with a comment', async () => {
    const request = requestFactory();
    const acknowledged = {
      ...request,
      status: 'ACKNOWLEDGED' as const,
      acknowledgedOn: '2026-11-22',
      history: [
        ...request.history,
        {
          id: 'h2',
          kind: 'STATUS' as const,
          at: '2026-11-22T09:00:00.000Z',
          fromStatus: 'SENT' as const,
          toStatus: 'ACKNOWLEDGED' as const,
          comment: 'Received in Stockholm.',
          fields: null,
          actor: jonas,
        },
      ],
    };
    let current = request;
    const { user, network } = renderJit(`/jit/${WORKSPACE_ID}/requests/${REQUEST_ID}`, {
      ...withWorkspace,
      JitRequest: () => ({ data: { jitRequest: current } }),
      SetLegalRequestStatus: () => {
        current = acknowledged;
        return { data: { setLegalRequestStatus: acknowledged } };
      },
    });

    expect(
      await screen.findByRole('heading', { name: 'Bank records of the shipping agent' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'New status' }), 'ACKNOWLEDGED');
    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), 'Received in Stockholm.');
    await user.click(screen.getByRole('button', { name: 'Save the status' }));

    await waitFor(() =>
      expect(requestsOf(network, 'SetLegalRequestStatus')).toEqual([
        { id: REQUEST_ID, status: 'ACKNOWLEDGED', comment: 'Received in Stockholm.' },
      ]),
    );
    expect(await screen.findByText('From Sent to Acknowledged')).toBeInTheDocument();
    expect(screen.getAllByText('Received in Stockholm.').length).toBeGreaterThan(0);
  });

  it('shows firearm tracing fields only for tracing requests', async () => {
    const { user } = renderJit(`/jit/${WORKSPACE_ID}/requests/new`, withWorkspace);

    const type = await screen.findByRole('combobox', { name: 'Type' });
    expect(screen.queryByRole('textbox', { name: 'Serial number' })).not.toBeInTheDocument();
    await user.selectOptions(type, 'TRACING');
    expect(screen.getByRole('textbox', { name: 'Serial number' })).toBeInTheDocument();
  });
});

describe('notes', () => {
  it('tells the writer when someone else changed the note meanwhile', async () => {
    const note = {
      id: 'n1',
      workspaceId: WORKSPACE_ID,
      kind: 'STRATEGY',
      title: 'Controlled delivery plan',
      body: 'First **draft**.',
      version: 2,
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-02T08:00:00.000Z',
      createdBy: amina,
      updatedBy: jonas,
      revisions: [
        {
          version: 1,
          title: 'Plan',
          body: 'Outline',
          editedAt: '2026-11-01T08:00:00.000Z',
          editedBy: amina,
        },
      ],
    };
    const { user, network } = renderJit(`/jit/${WORKSPACE_ID}/notes/n1`, {
      ...withWorkspace,
      JitNote: { data: { jitNote: note } },
      UpdateJitNote: errorAnswer(
        'CONFLICT',
        'Someone else changed this note. Reload it to see their version.',
      ),
    });

    expect(await screen.findByRole('heading', { name: 'Controlled delivery plan' })).toBeInTheDocument();
    expect(await screen.findByText('draft')).toBeInTheDocument(); // rendered Markdown
    expect(screen.getByText(/Version 1/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the note' }));
    const body = await screen.findByRole('combobox', { name: 'Text' });
    await user.clear(body);
    await user.type(body, 'Second draft');
    await user.click(screen.getByRole('button', { name: 'Save the note' }));

    await waitFor(() =>
      expect(requestsOf(network, 'UpdateJitNote')).toEqual([
        {
          id: 'n1',
          input: {
            kind: 'STRATEGY',
            title: 'Controlled delivery plan',
            body: 'Second draft',
            expectedVersion: 2,
          },
        },
      ]),
    );
    expect(
      await screen.findByText('Someone else changed this note. Reload it to see their version.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the note' })).toBeInTheDocument();
    expect(body).toHaveValue('Second draft');
  });
});

describe('a new workspace without a second factor', () => {
  it('says to set one up instead of showing the form', async () => {
    renderJit('/jit/new', {}, { mfaEnabled: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up a second factor to open JIT workspaces' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create workspace' })).not.toBeInTheDocument();
  });
});
