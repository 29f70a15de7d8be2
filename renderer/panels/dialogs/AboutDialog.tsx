import { useEffect, useState } from 'react';
import { Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';

interface Props {
  open: boolean;
  getAppInfo(): Promise<AppInfo>;
  onClose(): void;
}

/** Name, version and where Pavilion runs — what support asks for first. */
export function AboutDialog({ open, getAppInfo, onClose }: Props) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    getAppInfo().then(
      (i) => live && setInfo(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [open, getAppInfo]);
  return (
    <Modal open={open} title={t('about.title')} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('dialog.close')}>
      {info && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('about.name'), children: info.name },
            { key: 'version', label: t('about.version'), children: info.version },
            { key: 'mode', label: t('about.mode'), children: t(`about.modes.${info.mode}`) },
            { key: 'platform', label: t('about.platform'), children: info.platform },
          ]}
        />
      )}
    </Modal>
  );
}
