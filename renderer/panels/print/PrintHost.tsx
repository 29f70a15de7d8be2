
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { PrintDialog } from './PrintDialog';
import { printNoticeStore } from './print-notices';
import { useNotices } from '../common/use-notices';

/** The print dialog and the messages of print and publish commands; mounted once by the shell. */
export function PrintHost() {
  const { message } = useNotices();
  const notice = useStore(printNoticeStore, (s) => s.notice);
  useEffect(() => {
    if (notice) void message.open({ type: notice.type, content: notice.text });
  }, [notice, message]);
  return <PrintDialog />;
}
