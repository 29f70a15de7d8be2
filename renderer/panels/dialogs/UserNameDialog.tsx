import { useEffect, useState } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client';
import { setUserName } from '../../editor/assignment/user';
import { toUiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';

/**
 * The name written into the history of every change ("A-101 assigned by 王芳"), asked at
 * the first start with the computer's login name offered, and changeable from the Help menu.
 * Closing without an answer asks again next time.
 */
export function UserNameDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    let live = true;
    api()
      .getSettings()
      .then((s) => live && setName((n) => n ?? s.userName))
      .catch(() => live && setName((n) => n ?? ''));
    return () => {
      live = false;
    };
  }, []);
  const save = async () => {
    const value = (name ?? '').trim();
    if (!value) return;
    setSaving(true);
    try {
      const s = await api().updateSettings({ userName: value });
      setUserName(s.userName);
      onClose();
    } catch (e) {
      reportError('errors.title.settings', toUiError(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('userName.title')} okText={t('userName.save')} cancelText={t('userName.later')} okButtonProps={{ disabled: !(name ?? '').trim(), loading: saving }} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{t('userName.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item label={t('userName.label')}>
          <Input autoFocus aria-label={t('userName.label')} maxLength={200} value={name ?? ''} onChange={(e) => setName(e.target.value)} onPressEnter={() => void save()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
