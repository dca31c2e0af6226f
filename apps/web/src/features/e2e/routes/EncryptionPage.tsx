import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { E2E_LIMITS } from '@cop/contracts';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Page } from '../../../ui/Page';
import { Table, type TableColumn } from '../../../ui/Table';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { useViewer } from '../../identity/session/ViewerContext';
import { KeyBackupSection } from '../components/KeyBackupSection';
import { MyDevicesQuery } from '../graphql/devices';
import {
  deviceLabel,
  describeBrowser,
  e2eSupported,
  ensureDevice,
  localDeviceId,
  removeDevice,
  TooManyDevicesError,
  type MyDevice,
} from '../lib/device';
import '../../identity/routes/forms.css';
// The device list looks like the sessions list of the Security page.
import '../../identity/routes/SecurityPage.css';

/** What this browser is, as a device of the signed-in member. */
type LocalState =
  | { kind: 'checking' }
  | { kind: 'unsupported' }
  /** The keystore's device id (null: none here). */
  | { kind: 'known'; deviceId: string | null };

/**
 * "Encryption" in the member's security settings: this browser's device, the key backup, and every
 * device of the member with a way to remove one (this browser's included, which deletes its keys
 * here).
 */
export function EncryptionPage() {
  const { t } = useTranslation('e2e');
  const { viewer } = useViewer();
  const userId = viewer?.id ?? '';
  const [devices, reloadDevices] = useQuery({
    query: MyDevicesQuery,
    requestPolicy: 'network-only',
    pause: !userId,
  });
  const [local, setLocal] = useState<LocalState>({ kind: 'checking' });

  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    void readLocalState(userId).then((state) => {
      if (!cancelled) setLocal(state);
    });
    return () => {
      cancelled = true;
    };
  }, [userId]);

  // The keystore first: the list must not arrive while this browser's removed id is still known.
  const refresh = useCallback(() => {
    void readLocalState(userId)
      .then(setLocal)
      .finally(() => reloadDevices({ requestPolicy: 'network-only' }));
  }, [userId, reloadDevices]);

  const list = devices.data?.myDevices ?? null;
  const localId = local.kind === 'known' ? local.deviceId : null;

  return (
    <Page title={t('title')} lead={t('lead')}>
      <p>
        <Link to="/security">{t('backToSecurity')}</Link>
      </p>
      <ThisBrowserSection local={local} devices={list} onChanged={refresh} />
      {/* A browser that cannot keep keys cannot keep a backup's either. */}
      {local.kind === 'known' && <KeyBackupSection userId={userId} />}
      <DevicesSection
        devices={list}
        localId={localId}
        failed={Boolean(devices.error) && !devices.data}
        fetching={devices.fetching}
        onChanged={refresh}
      />
    </Page>
  );
}

async function readLocalState(userId: string): Promise<LocalState> {
  if (!(await e2eSupported())) return { kind: 'unsupported' };
  try {
    return { kind: 'known', deviceId: await localDeviceId(userId) };
  } catch {
    return { kind: 'unsupported' };
  }
}

interface ThisBrowserSectionProps {
  local: LocalState;
  devices: readonly MyDevice[] | null;
  onChanged: () => void;
}

function ThisBrowserSection({ local, devices, onChanged }: ThisBrowserSectionProps) {
  const { t } = useTranslation('e2e');
  const { viewer } = useViewer();
  const client = useClient();
  const toast = useToast();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'tooMany' | 'failed' | null>(null);

  async function setUp() {
    if (busy || !viewer) return;
    setBusy(true);
    setProblem(null);
    const { browser, os } = describeBrowser();
    const label = browser && os ? t('thisBrowser.label', { browser, os }) : deviceLabel();
    try {
      await ensureDevice(client, viewer, { label });
      toast.show(t('thisBrowser.setUpDone'), { tone: 'success' });
      onChanged();
    } catch (error) {
      setProblem(error instanceof TooManyDevicesError ? 'tooMany' : 'failed');
    } finally {
      setBusy(false);
    }
  }

  let status: ReactNode;
  let canSetUp = false;
  if (local.kind === 'checking' || !devices) {
    status = <p role="status">{t('thisBrowser.loading')}</p>;
  } else if (local.kind === 'unsupported') {
    status = <p className="identity-notice identity-notice--warning">{t('thisBrowser.unsupported')}</p>;
  } else {
    const registered = devices.find((device) => device.id === local.deviceId);
    if (registered) {
      status = <p className="identity-notice">{t('thisBrowser.ready', { label: registered.label })}</p>;
    } else {
      canSetUp = true;
      status = (
        <p className="identity-notice identity-notice--info">
          {local.deviceId ? t('thisBrowser.removedElsewhere') : t('thisBrowser.notSetUp')}
        </p>
      );
    }
  }

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('thisBrowser.heading')}</h2>
      {status}
      {canSetUp && (
        <div>
          <Button busy={busy} onClick={() => void setUp()}>
            {t('thisBrowser.setUp')}
          </Button>
        </div>
      )}
      <div role="alert">
        {problem && (
          <p className="identity-notice identity-notice--warning">
            {problem === 'tooMany'
              ? t('thisBrowser.tooMany', { max: E2E_LIMITS.devicesPerUserMax })
              : t('thisBrowser.setUpFailed')}
          </p>
        )}
      </div>
    </section>
  );
}

interface DevicesSectionProps {
  devices: readonly MyDevice[] | null;
  localId: string | null;
  failed: boolean;
  fetching: boolean;
  onChanged: () => void;
}

function DevicesSection({ devices, localId, failed, fetching, onChanged }: DevicesSectionProps) {
  const { t, i18n } = useTranslation('e2e');
  const { viewer } = useViewer();
  const client = useClient();
  const toast = useToast();
  const headingId = useId();
  const locale = currentLanguage(i18n);
  const [confirming, setConfirming] = useState<MyDevice | null>(null);
  const [removing, setRemoving] = useState(false);

  async function remove(device: MyDevice) {
    if (removing || !viewer) return;
    setRemoving(true);
    let removed = false;
    try {
      removed = await removeDevice(client, viewer.id, device.id);
    } catch {
      removed = false;
    }
    setRemoving(false);
    setConfirming(null);
    toast.show(removed ? t('devices.removed') : t('devices.removeFailed'), {
      tone: removed ? 'success' : 'error',
    });
    onChanged();
  }

  const columns: TableColumn<MyDevice>[] = [
    {
      key: 'device',
      header: t('devices.device'),
      rowHeader: true,
      cell: (device) => (
        <span className="security-device">
          <bdi>{device.label}</bdi>
          {device.id === localId && <span className="security-badge">{t('devices.thisBrowser')}</span>}
        </span>
      ),
    },
    {
      key: 'added',
      header: t('devices.added'),
      cell: (device) => (
        <time dateTime={device.createdAt} title={formatDateTime(device.createdAt, locale)}>
          {new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(device.createdAt))}
        </time>
      ),
    },
    {
      key: 'lastSeen',
      header: t('devices.lastSeen'),
      cell: (device) => (
        <time dateTime={device.lastSeenAt} title={formatDateTime(device.lastSeenAt, locale)}>
          {formatRelativeTime(device.lastSeenAt, locale)}
        </time>
      ),
    },
    {
      key: 'actions',
      header: t('devices.actions'),
      cell: (device) => (
        <Button
          variant="secondary"
          aria-label={t('devices.removeNamed', { label: device.label })}
          onClick={() => setConfirming(device)}
        >
          {t('devices.remove')}
        </Button>
      ),
    },
  ];

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('devices.heading')}</h2>
      <p>{t('devices.note', { max: E2E_LIMITS.devicesPerUserMax })}</p>
      {devices ? (
        <Table
          caption={t('devices.caption')}
          captionHidden
          columns={columns}
          rows={devices}
          rowKey={(device) => device.id}
          emptyText={t('devices.none')}
        />
      ) : failed ? (
        <LoadError
          message={t('devices.loadError')}
          retryLabel={t('devices.retry')}
          busy={fetching}
          onRetry={onChanged}
        />
      ) : (
        <p className="shell__loading" role="status">
          {t('devices.loading')}
        </p>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('confirm.title')}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t('confirm.cancel')}
            </Button>
            <Button
              variant="danger"
              busy={removing}
              onClick={() => void (confirming ? remove(confirming) : undefined)}
            >
              {t('confirm.confirm')}
            </Button>
          </>
        }
      >
        {confirming && (
          <p>
            {confirming.id === localId
              ? t('confirm.bodyThisBrowser')
              : t('confirm.body', { label: confirming.label })}
          </p>
        )}
      </Dialog>
    </section>
  );
}
