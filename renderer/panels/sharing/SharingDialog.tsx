import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { joinShow, shareCurrentShow, shareOnThisComputer, SharingError, sharingStore } from '../../sync/sharing';
import { actionContext } from '../../editor/assignment/user';
import { command } from '../../editor/commands/registry';

interface Props {
  mode: 'share' | 'join' | 'here';
  open: boolean;
  onClose(): void;
}

interface Values {
  server: string;
  invite: string;
  name: string;
  port: number;
}

/** What "Share on this computer" tells the user once the show is shared. */
interface Hosted {
  addresses: string[];
  reopened: boolean;
}

/** The port the app's own server listens on unless the user picks another (the same as `npm run server`). */
const DEFAULT_OFFICE_PORT = 8787;

/**
 * Share… puts the open show on a Pavilion server (with the admin invite the server printed);
 * Join… opens the show a server holds (with an invite an admin made for you); Share on this
 * computer makes this app the server, so it asks only for a port and a name, then shows the
 * addresses colleagues join at.
 */
export function SharingDialog({ mode, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hosted, setHosted] = useState<Hosted | null>(null);
  // Share… can turn into Share on this computer: the fields start again from that mode's defaults.
  useEffect(() => {
    if (open) form.resetFields();
  }, [mode, open, form]);
  const close = () => {
    setHosted(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (hosted) return close();
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'here') {
        const res = await shareOnThisComputer(v.port, v.name.trim());
        setHosted({ addresses: res.addresses, reopened: res.reopened });
        return;
      }
      if (mode === 'share') await shareCurrentShow(v.server, v.invite, v.name);
      else await joinShow(v.server, v.invite, v.name);
      close();
    } catch (e) {
      setError(t(`sync.errors.${e instanceof SharingError ? e.code : 'unreachable'}`));
    } finally {
      setBusy(false);
    }
  };
  const title = t(mode === 'share' ? 'sync.share.title' : mode === 'join' ? 'sync.join.title' : 'sync.here.title');
  const okText = hosted ? t('sync.here.done') : t(mode === 'share' ? 'sync.share.ok' : mode === 'join' ? 'sync.join.ok' : 'sync.here.ok');
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('dialog.cancel')}
      cancelButtonProps={hosted ? { style: { display: 'none' } } : undefined}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      {hosted ? (
        <div role="status" aria-label={t('sync.here.shared')}>
          <Alert type="success" showIcon title={t(hosted.reopened ? 'sync.here.reopened' : 'sync.here.shared')} />
          {hosted.addresses.length > 0 ? (
            <>
              <p style={{ marginTop: 12 }}>{t('sync.here.addresses')}</p>
              <ul aria-label={t('sync.here.addresses')}>
                {hosted.addresses.map((a) => (
                  <li key={a}>
                    <Typography.Text code copyable>
                      {a}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p style={{ marginTop: 12 }}>{t('sync.here.noAddresses')}</p>
          )}
          <p>{t('sync.here.invites')}</p>
          <Button
            onClick={() => {
              close();
              command('file.sharingPeople').run({ via: 'toolbar' });
            }}
          >
            {t('sync.here.people')}
          </Button>
        </div>
      ) : (
        <>
          <p>{t(mode === 'share' ? 'sync.share.intro' : mode === 'join' ? 'sync.join.intro' : 'sync.here.intro')}</p>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ server: `ws://127.0.0.1:${DEFAULT_OFFICE_PORT}`, invite: '', name: mode === 'here' ? actionContext().by : '', port: DEFAULT_OFFICE_PORT }}
            aria-label={title}
          >
            {mode === 'here' ? (
              <Form.Item name="port" label={t('sync.here.port')} rules={[{ required: true, type: 'integer', min: 1024, max: 65535, message: t('sync.here.portRequired') }]}>
                <InputNumber aria-label={t('sync.here.port')} min={1024} max={65535} precision={0} style={{ width: 140 }} />
              </Form.Item>
            ) : (
              <>
                <Form.Item name="server" label={t('sync.fields.server')} rules={[{ required: true, message: t('sync.fields.serverRequired') }]}>
                  <Input aria-label={t('sync.fields.server')} placeholder="ws://192.168.1.20:8787" />
                </Form.Item>
                <Form.Item name="invite" label={t('sync.fields.invite')} rules={[{ required: true, message: t('sync.fields.inviteRequired') }]}>
                  <Input aria-label={t('sync.fields.invite')} autoComplete="off" />
                </Form.Item>
              </>
            )}
            <Form.Item name="name" label={t('sync.fields.name')} rules={[{ required: true, whitespace: true, message: t('sync.fields.nameRequired') }]}>
              <Input aria-label={t('sync.fields.name')} maxLength={200} />
            </Form.Item>
          </Form>
          {mode === 'share' && (
            <Button type="link" style={{ paddingInline: 0 }} onClick={() => sharingStore.setState({ dialog: 'here' })}>
              {t('sync.here.elsewhere')}
            </Button>
          )}
        </>
      )}
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
