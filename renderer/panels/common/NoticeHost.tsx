import { useEffect } from 'react';

import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from './ErrorDetails';
import { noticeStore, takeNotices } from '../../editor/notices';
import { useNotices } from './use-notices';

/** Shows reported errors as notifications that stay until dismissed (nothing slips by unseen). */
export function NoticeHost() {
  const { notification } = useNotices();
  const { t } = useTranslation();
  const pending = useStore(noticeStore, (s) => s.notices.length);
  useEffect(() => {
    if (pending === 0) return;
    for (const n of takeNotices()) {
      notification.error({
        key: `notice-${n.id}`,
        title: t(n.titleKey),
        description: <ErrorDetails error={n.error} />,
        duration: 0,
        placement: 'topRight',
      });
    }
  }, [pending, notification, t]);
  return null;
}
