import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { INVITE_DAYS, type InviteInfo, type PersonInfo } from '../../../shared/sync/protocol';
import { ROLES, type Role } from '../../../shared/sync/roles';
import { changeRole, inviteIdOf, listInvites, listPeople, makeInvite, revokeAccess, withdrawInvite } from '../../sync/people-admin';
import { SharingError, sharingStore } from '../../sync/sharing';

/**
 * People and invites (an admin of a shared show): who has access and with which role, a new
 * one-use invite for a role and for how many days (shown to copy and hand over), the invites
 * not used yet with when they expire (to withdraw one given to the wrong person, or no longer
 * needed; the server no longer lists expired ones), and taking someone's access away.
 */
export function PeopleDialog() {
  const open = useStore(sharingStore, (s) => s.peopleDialog);
  // Mounted while open: each opening starts from a fresh list and no invite on screen.
  return open ? <PeopleDialogBody /> : null;
}

function PeopleDialogBody() {
  const { t, i18n } = useTranslation();
  const [people, setPeople] = useState<PersonInfo[] | null>(null);
  const [invites, setInvites] = useState<InviteInfo[] | null>(null);
  const [role, setRole] = useState<Role>('sales');
  const [days, setDays] = useState<number>(INVITE_DAYS.default);
  const [invite, setInvite] = useState<{ role: Role; code: string; id: string; expires: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback((e: unknown) => setError(t(`sync.errors.${e instanceof SharingError ? e.code : 'unreachable'}`)), [t]);
  // Both lists are read together, each time: after any change the dialog shows what the server has.
  const readLists = () => Promise.all([listPeople(), listInvites()]);
  const show = ([p, i]: [PersonInfo[], InviteInfo[]]) => {
    setPeople(p);
    setInvites(i);
  };
  const refresh = async () => {
    try {
      show(await readLists());
    } catch (e) {
      fail(e);
    }
  };
  const timeOf = (at: string) => new Date(at).toLocaleString(i18n.language);

  useEffect(() => {
    let live = true;
    readLists().then(
      (lists) => live && show(lists),
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
      const made = await makeInvite(role, days);
      setInvite({ role, code: made.code, id: await inviteIdOf(made.code), expires: made.expires });
      await refresh();
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

  const setRoleOf = async (p: PersonInfo, role: Role) => {
    setError(null);
    try {
      await changeRole(p.id, role);
      await refresh();
    } catch (e) {
      fail(e);
    }
  };
  const withdraw = async (i: InviteInfo) => {
    setError(null);
    try {
      await withdrawInvite(i.id);
      // The code on screen no longer works once withdrawn: it is not offered to copy.
      if (invite?.id === i.id) setInvite(null);
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
          {
            title: t('sync.admin.role'),
            dataIndex: 'role',
            // One's own role is not changed here (the server refuses it: the last admin would be gone).
            render: (r: Role, p) =>
              p.you ? (
                t(`sync.roles.${r}`)
              ) : (
                <Select<Role>
                  size="small"
                  value={r}
                  style={{ width: 120 }}
                  aria-label={t('sync.admin.roleOf', { name: p.name })}
                  onChange={(next) => void setRoleOf(p, next)}
                  options={ROLES.map((x) => ({ value: x, label: t(`sync.roles.${x}`) }))}
                />
              ),
          },
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
        <Select<number>
          value={days}
          onChange={setDays}
          style={{ width: 140 }}
          aria-label={t('sync.admin.validFor')}
          options={INVITE_DAYS.choices.map((d) => ({ value: d, label: t('sync.admin.days', { count: d }) }))}
        />
        <Button type="primary" loading={busy} onClick={() => void create()}>
          {t('sync.admin.makeInvite')}
        </Button>
      </Space>
      {invite && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('sync.admin.inviteFor', { role: t(`sync.roles.${invite.role}`), until: timeOf(invite.expires) })}</Typography.Text>
          <Space.Compact style={{ width: '100%', marginTop: 4 }}>
            <Input readOnly value={invite.code} aria-label={t('sync.admin.inviteCode')} data-testid="invite-code" onFocus={(e) => e.currentTarget.select()} />
            <Button onClick={() => void navigator.clipboard?.writeText(invite.code).catch(() => undefined)}>{t('sync.admin.copy')}</Button>
          </Space.Compact>
        </div>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sync.admin.unused')}
      </Typography.Title>
      <Table<InviteInfo>
        size="small"
        rowKey="id"
        pagination={false}
        loading={invites === null && !error}
        dataSource={invites ?? []}
        aria-label={t('sync.admin.unused')}
        locale={{ emptyText: t('sync.admin.noUnused') }}
        columns={[
          { title: t('sync.admin.role'), dataIndex: 'role', render: (r: Role) => t(`sync.roles.${r}`) },
          { title: t('sync.admin.made'), dataIndex: 'since', render: timeOf },
          { title: t('sync.admin.expires'), dataIndex: 'expires', render: timeOf },
          {
            title: '',
            key: 'withdraw',
            align: 'right',
            render: (_, i) => (
              <Popconfirm title={t('sync.admin.withdrawConfirm')} okText={t('sync.admin.withdraw')} cancelText={t('dialog.cancel')} onConfirm={() => withdraw(i)}>
                <Button size="small" aria-label={t('sync.admin.withdrawWhich', { role: t(`sync.roles.${i.role}`), at: timeOf(i.since) })}>
                  {t('sync.admin.withdraw')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
