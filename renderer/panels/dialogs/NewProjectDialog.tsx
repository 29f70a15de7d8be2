import { useState } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../shared/model/primitives';

export interface NewProjectValues {
  name: Bilingual;
  venue: Bilingual;
  start: string | null;
  end: string | null;
}

interface Props {
  open: boolean;
  /** Asks for the location and creates the show; resolves false to keep the dialog open. */
  onSubmit(values: NewProjectValues): Promise<boolean>;
  onCancel(): void;
  /** Locale key of the title and an optional line above the form (a new edition says what it copies). */
  titleKey?: string;
  introKey?: string;
}

interface FormValues {
  nameZh?: string;
  nameEn?: string;
  venueZh?: string;
  venueEn?: string;
  dates?: [{ format(f: string): string } | null, { format(f: string): string } | null] | null;
}

/** Names (Chinese, English), venue and dates of a new show; the location is asked next. */
export function NewProjectDialog({ open, onSubmit, onCancel, titleKey = 'newProject.title', introKey }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      const ok = await onSubmit({
        name: { zh: (v.nameZh ?? '').trim(), en: (v.nameEn ?? '').trim() },
        venue: { zh: (v.venueZh ?? '').trim(), en: (v.venueEn ?? '').trim() },
        start: v.dates?.[0]?.format('YYYY-MM-DD') ?? null,
        end: v.dates?.[1]?.format('YYYY-MM-DD') ?? null,
      });
      if (ok) form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  // At least one of the two names: Chinese-only and English-only shows both exist.
  const oneName = ({ getFieldValue }: { getFieldValue(n: string): unknown }) => ({
    validator() {
      const zh = String(getFieldValue('nameZh') ?? '').trim();
      const en = String(getFieldValue('nameEn') ?? '').trim();
      return zh || en ? Promise.resolve() : Promise.reject(new Error(t('newProject.nameRequired')));
    },
  });

  return (
    <Modal
      open={open}
      title={t(titleKey)}
      okText={t('newProject.next')}
      cancelText={t('dialog.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      maskClosable={false}
    >
      {introKey && <p>{t(introKey)}</p>}
      <Form form={form} layout="vertical" preserve={false} data-testid="new-project-form">
        <Form.Item name="nameZh" label={t('newProject.nameZh')} rules={[oneName]} dependencies={['nameEn']}>
          <Input maxLength={500} autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('newProject.nameEn')} rules={[oneName]} dependencies={['nameZh']}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="venueZh" label={t('newProject.venueZh')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="venueEn" label={t('newProject.venueEn')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="dates" label={t('newProject.dates')}>
          <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
