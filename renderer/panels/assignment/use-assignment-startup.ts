import { useEffect } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { expireHolds } from '../../../shared/assignment/claims';
import { api } from '../../app/api/client';
import { refreshColouring } from '../../editor/assignment/colour-mode';
import { localToday, setUserName } from '../../editor/assignment/user';
import { editor } from '../../editor/instance';

/** Booths listed by name in the notice; a show opened after weeks away may release hundreds. */
const LISTED = 12;

function expiredBody(released: readonly { boothNumber: string; until: string }[], t: (key: string, args: Record<string, unknown>) => string): string {
  const booths = released.slice(0, LISTED).map((r) => `${r.boothNumber} (${r.until})`).join(', ');
  if (released.length <= LISTED) return t('exhibitorsUi.expired.body', { booths });
  return t('exhibitorsUi.expired.bodyMore', { booths, more: released.length - LISTED });
}

/**
 * What the assignment features need while a show is open: the user's name for assignment
 * records, the plan's colouring kept in step with the document, and holds past their date
 * released when a show is opened (one operation, and the user is told which booths).
 */
export function useAssignmentStartup(): void {
  const { notification } = App.useApp();
  const { t } = useTranslation();

  useEffect(() => {
    void api()
      .getSettings()
      .then((s) => setUserName(s.userName))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    refreshColouring(editor.store.getState().doc);
    return editor.store.subscribe((s, prev) => {
      const a = s.doc;
      const b = prev.doc;
      if (a === b) return;
      if (!a || !b || a.booths !== b.booths || a.assignments !== b.assignments || a.exhibitors !== b.exhibitors || a.zones !== b.zones) refreshColouring(a);
    });
  }, []);

  useEffect(() => {
    const expire = () => {
      const s = editor.store.getState();
      if (!s.doc || s.readOnly) return;
      const { op, released } = expireHolds(s.doc, localToday());
      if (!op || editor.apply(op)) return;
      notification.warning({
        title: t('exhibitorsUi.expired.title', { count: released.length }),
        description: expiredBody(released, t),
        // Bottom corner: it must not cover the toolbar a user reaches for first.
        duration: 20,
        placement: 'bottomRight',
      });
    };
    expire();
    return editor.store.subscribe((s, prev) => {
      if (s.handle !== prev.handle && s.handle) expire();
    });
  }, [notification, t]);
}
