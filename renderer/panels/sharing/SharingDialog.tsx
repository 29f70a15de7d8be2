import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { joinShow, shareCurrentShow, SharingError } from '../../sync/sharing';

interface Props {
  mode: 'share' | 'join';
  open: boolean;
  onClose(): void;
}

interface Values {
  server: string;
  invite: string;
  name: string;
}

/**
 * Share… puts the open show on a Pavilion server (with the admin invite the server printed);
 * Join… opens the show a server holds (with an invite an admin made for you). Both ask for the
 * server's address, the invite and the name the others will see.
 */
export function SharingDialog({ mode, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'share') await shareCurrentShow(v.server, v.invite, v.name);
      else await joinShow(v.server, v.invite, v.name);
      onClose();
    } catch (e) {
      setError(t(`sync.errors.${e instanceof SharingError ? e.code : 'unreachable'}`));
    } finally {
      setBusy(false);
    }
  };
  const title = t(mode === 'share' ? 'sync.share.title' : 'sync.join.title');
  return (
    <Modal
      open={open}
      title={title}
      okText={t(mode === 'share' ? 'sync.share.ok' : 'sync.join.ok')}
      cancelText={t('dialog.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t(mode === 'share' ? 'sync.share.intro' : 'sync.join.intro')}</p>
      <Form form={form} layout="vertical" initialValues={{ server: 'ws://127.0.0.1:8787', invite: '', name: '' }} aria-label={title}>
        <Form.Item name="server" label={t('sync.fields.server')} rules={[{ required: true, message: t('sync.fields.serverRequired') }]}>
          <Input aria-label={t('sync.fields.server')} placeholder="ws://192.168.1.20:8787" />
        </Form.Item>
        <Form.Item name="invite" label={t('sync.fields.invite')} rules={[{ required: true, message: t('sync.fields.inviteRequired') }]}>
          <Input aria-label={t('sync.fields.invite')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('sync.fields.name')} rules={[{ required: true, whitespace: true, message: t('sync.fields.nameRequired') }]}>
          <Input aria-label={t('sync.fields.name')} maxLength={200} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Modal>
  );
}
