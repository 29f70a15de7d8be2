import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { PersonInfo } from '../../../shared/sync/protocol';
import { ROLES, type Role } from '../../../shared/sync/roles';
import { listPeople, makeInvite, revokeAccess } from '../../sync/people-admin';
import { SharingError, sharingStore } from '../../sync/sharing';

/**
 * People and invites (an admin of a shared show): who has access and with which role, a new
 * one-use invite for a role (shown to copy and hand over), and taking someone's access away.
 */
export function PeopleDialog() {
  const open = useStore(sharingStore, (s) => s.peopleDialog);
  // Mounted while open: each opening starts from a fresh list and no invite on screen.
  return open ? <PeopleDialogBody /> : null;
}

function PeopleDialogBody() {
  const { t } = useTranslation();
  const [people, setPeople] = useState<PersonInfo[] | null>(null);
  const [role, setRole] = useState<Role>('sales');
  const [invite, setInvite] = useState<{ role: Role; code: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback((e: unknown) => setError(t(`sync.errors.${e instanceof SharingError ? e.code : 'unreachable'}`)), [t]);
  const refresh = useCallback(async () => {
    try {
      setPeople(await listPeople());
    } catch (e) {
      fail(e);
    }
  }, [fail]);

  useEffect(() => {
    let live = true;
    listPeople().then(
      (list) => live && setPeople(list),
      (e: unknown) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [fail]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setInvite({ role, code: await makeInvite(role) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (p: PersonInfo) => {
    setError(null);
    try {
      await revokeAccess(p.id);
      await refresh();
    } catch (e) {
      fail(e);
    }
  };

  const close = () => sharingStore.setState({ peopleDialog: false });
  const title = t('sync.admin.title');
  return (
    <Modal open title={title} onCancel={close} footer={<Button onClick={close}>{t('sync.admin.close')}</Button>} width={640} destroyOnHidden>
      <Typography.Title level={5}>{t('sync.admin.access')}</Typography.Title>
      <Table<PersonInfo>
        size="small"
        rowKey="id"
        pagination={false}
        loading={people === null && !error}
        dataSource={people ?? []}
        aria-label={t('sync.admin.access')}
        columns={[
          { title: t('sync.admin.name'), dataIndex: 'name' },
          { title: t('sync.admin.role'), dataIndex: 'role', render: (r: Role) => t(`sync.roles.${r}`) },
          {
            title: '',
            key: 'revoke',
            align: 'right',
            render: (_, p) =>
              // The server refuses an admin revoking themselves; the button says why it is not offered.
              p.you ? (
                <Typography.Text type="secondary">{t('sync.people.you')}</Typography.Text>
              ) : (
                <Popconfirm title={t('sync.admin.revokeConfirm', { name: p.name })} okText={t('sync.admin.revoke')} cancelText={t('dialog.cancel')} onConfirm={() => revoke(p)}>
                  <Button size="small" danger aria-label={t('sync.admin.revokeWho', { name: p.name })}>
                    {t('sync.admin.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sync.admin.inviteTitle')}
      </Typography.Title>
      <p>{t('sync.admin.inviteIntro')}</p>
      <Space>
        <Select<Role> value={role} onChange={setRole} style={{ width: 140 }} aria-label={t('sync.admin.role')} options={ROLES.map((r) => ({ value: r, label: t(`sync.roles.${r}`) }))} />
        <Button type="primary" loading={busy} onClick={() => void create()}>
          {t('sync.admin.makeInvite')}
        </Button>
      </Space>
      {invite && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('sync.admin.inviteFor', { role: t(`sync.roles.${invite.role}`) })}</Typography.Text>
          <Space.Compact style={{ width: '100%', marginTop: 4 }}>
            <Input readOnly value={invite.code} aria-label={t('sync.admin.inviteCode')} data-testid="invite-code" onFocus={(e) => e.currentTarget.select()} />
            <Button onClick={() => void navigator.clipboard?.writeText(invite.code).catch(() => undefined)}>{t('sync.admin.copy')}</Button>
          </Space.Compact>
        </div>
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
