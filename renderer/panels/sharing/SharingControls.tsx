import { useEffect } from 'react';
import { Badge, Button, Popover, Space, Tag, Tooltip } from 'antd';
import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, TeamOutlined, UserAddOutlined, WarningOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../editor/instance';
import { dismissConflict, goOffline, goOnline, leaveShared, sharingStore } from '../../sync/sharing';
import { causeOf } from '../../../shared/sync/protocol';
import { SharingDialog } from './SharingDialog';
import { PeopleDialog } from './PeopleDialog';
import { command } from '../../editor/commands/registry';
import { useNotices } from '../common/use-notices';

/**
 * The toolbar's sharing corner: Share… and Join… when working alone; when shared, whether the
 * server is reached, who else is on the show (in their colour, on which hall), the changes the
 * server did not keep, and Leave. A refusal is announced once as a message.
 */
export function SharingControls() {
  const { t, i18n } = useTranslation();
  const { message } = useNotices();
  const s = useStore(sharingStore);
  const hasDoc = useDocument((d) => d.doc !== null);
  const halls = useDocument((d) => d.doc?.halls);
  const zh = i18n.language === 'zh-CN';

  useEffect(() => {
    const n = s.notice;
    if (!n) return;
    const holder = zh ? n.args.holderZh : n.args.holderEn;
    const roleName = n.args.role ? t(`sync.roles.${n.args.role}`) : '';
    const reasonText = n.args.reason ? t(`sync.reasons.${n.args.reason}`) : '';
    void message.warning({ key: `sync-refused-${n.id}`, content: t(n.key, { ...n.args, holder, roleName, reasonText }), duration: 6 });
    sharingStore.setState({ notice: null });
  }, [s.notice, message, t, zh]);

  // One dialog for both states, at the same place in the tree: Share on this computer goes on
  // showing the addresses to join at after the show has become shared.
  const dialog = <SharingDialog mode={s.dialog ?? 'share'} open={s.dialog !== null} onClose={() => sharingStore.setState({ dialog: null })} />;
  if (s.status === 'off') {
    return (
      <>
        <Space size={4}>
          <Button size="small" icon={<CloudOutlined />} disabled={!hasDoc} onClick={() => sharingStore.setState({ dialog: 'share' })}>
            {t('sync.share.button')}
          </Button>
          <Button size="small" icon={<TeamOutlined />} onClick={() => sharingStore.setState({ dialog: 'join' })}>
            {t('sync.join.button')}
          </Button>
        </Space>
        {dialog}
      </>
    );
  }
  const online = s.status === 'connected';
  const revoked = s.status === 'revoked';
  const people = (
    <ul className="sharing-people" aria-label={t('sync.people.title')}>
      <li>
        <strong>{s.me?.name}</strong> · {s.me ? t(`sync.roles.${s.me.role}`) : ''} ({t('sync.people.you')})
      </li>
      {s.people.map((p) => (
        <li key={p.clientId}>
          <span style={{ color: p.color }}>●</span> {p.name}
          {p.role ? ` · ${t(`sync.roles.${p.role}`)}` : ''}
          {p.hallId && halls?.[p.hallId] ? ` · ${zh ? halls[p.hallId]!.name.zh || halls[p.hallId]!.name.en : halls[p.hallId]!.name.en || halls[p.hallId]!.name.zh}` : ''}
          {p.selection.length > 0 ? ` · ${t('sync.people.selected', { count: p.selection.length })}` : ''}
        </li>
      ))}
    </ul>
  );
  const conflicts = (
    <ul className="sharing-conflicts" aria-label={t('sync.conflicts.title')}>
      {s.conflicts.length === 0 && <li>{t('sync.conflicts.none')}</li>}
      {s.conflicts.map((c) => (
        <li key={c.id}>
          {t(c.op.label, c.op.labelArgs ?? {})} — {t(`sync.reasons.${causeOf(c.keys)?.reason ?? 'stale'}`)}{' '}
          <Button size="small" type="link" onClick={() => dismissConflict(c.id)}>
            {t('sync.conflicts.dismiss')}
          </Button>
        </li>
      ))}
    </ul>
  );
  const here = s.hostedHere?.url === s.server ? s.hostedHere : null;
  return (
    <>
    <Space size={4} data-testid="sharing-status" data-status={s.status} data-role={s.me?.role ?? ''}>
      <Tooltip title={here ? t('sync.here.running', { addresses: here.addresses.join(', ') || s.server }) : s.server}>
        <Tag icon={online ? <CloudSyncOutlined /> : <DisconnectOutlined />} color={online ? 'green' : revoked ? 'red' : 'orange'}>
          {t(`sync.status.${online ? 'online' : s.status}`)}
        </Tag>
      </Tooltip>
      <Popover content={people} title={t('sync.people.title')} trigger="click">
        <Button size="small" icon={<TeamOutlined />} aria-label={t('sync.people.button', { count: s.people.length + 1 })}>
          {s.people.length + 1}
        </Button>
      </Popover>
      <Popover content={conflicts} title={t('sync.conflicts.title')} trigger="click">
        <Badge count={s.conflicts.length} size="small">
          <Button size="small" icon={<WarningOutlined />} aria-label={t('sync.conflicts.button', { count: s.conflicts.length })} />
        </Badge>
      </Popover>
      {!revoked && (
        <Button size="small" onClick={() => (online ? goOffline() : goOnline())}>
          {t(online ? 'sync.workOffline' : 'sync.reconnect')}
        </Button>
      )}
      {/* Only an admin manages people; others do not see it (the File menu shows it disabled). */}
      {s.me?.role === 'admin' && !revoked && (
        <Button size="small" icon={<UserAddOutlined />} onClick={() => command('file.sharingPeople').run({ via: 'toolbar' })}>
          {t('sync.admin.button')}
        </Button>
      )}
      <PeopleDialog />
      <Button size="small" onClick={() => leaveShared()}>
        {t('sync.leave')}
      </Button>
    </Space>
    {dialog}
    </>
  );
}
