import { createElement, useEffect } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { expiredHolds } from '../../../shared/assignment/claims';
import { api } from '../../app/api/client';
import { refreshColouring } from '../../editor/assignment/colour-mode';
import { localToday, setUserName } from '../../editor/assignment/user';
import { editor } from '../../editor/instance';
import { openEditorDialog } from '../../editor/session-store';
import { useNotices } from '../common/use-notices';

/**
 * What the assignment features need while a show is open: the user's name for assignment
 * records, the plan's colouring kept in step with the document, and holds past their date
 * listed when a show is opened, for the user to release or extend (never released silently).
 */
export function useAssignmentStartup(): void {
  const { notification } = useNotices();
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
    const key = 'expired-holds';
    const review = () => {
      // The notice belongs to the show it counted: another show drops it.
      notification.destroy(key);
      const s = editor.store.getState();
      if (!s.doc || s.readOnly) return;
      const count = expiredHolds(s.doc, localToday()).length;
      if (!count) return;
      // A notice, not a modal: the show opens as usual and the user reviews when ready (also
      // later, from Edit ▸ Expired Holds…, once the notice has gone).
      notification.warning({
        key,
        title: t('exhibitorsUi.expired.title', { count }),
        description: t('exhibitorsUi.expired.notice'),
        actions: createElement(
          Button,
          {
            type: 'primary',
            size: 'small',
            onClick: () => {
              notification.destroy(key);
              openEditorDialog('expiredHolds');
            },
          },
          t('exhibitorsUi.expired.review'),
        ),
        duration: 30,
        // Bottom middle, over the plan: not over the toolbar a user reaches for first, nor over
        // the inspector's buttons (for 30 s a bottom-right notice covered Assign).
        placement: 'bottom',
      });
    };
    review();
    return editor.store.subscribe((s, prev) => {
      if (s.handle !== prev.handle) review();
    });
  }, [notification, t]);
}
