import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { assignBooths } from '../../../shared/assignment/commands';
import { boothAtClient } from '../../editor/assignment/plan-hit';
import { runEdit } from '../../editor/edit-runner';
import { actionContext } from '../../editor/assignment/user';
import { editor } from '../../editor/instance';
import { select, setHovered } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { useSession } from '../../editor/instance';
import { EXHIBITOR_DRAG_TYPE } from '../exhibitors/table-rows';
import { useFeedback } from './use-feedback';
import { useNewWarnings } from './use-new-warnings';

/**
 * Wraps the plan so an exhibitor row dragged from the table can be dropped on a booth: the
 * booth under the pointer is highlighted while dragging, and the drop assigns it (refused,
 * naming the holder, when the booth is taken).
 */
export function PlanDropTarget({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const feedback = useFeedback();
  const warnNew = useNewWarnings();
  const [over, setOver] = useState(false);
  const carries = (e: React.DragEvent) => e.dataTransfer.types.includes(EXHIBITOR_DRAG_TYPE);
  return (
    <div
      className={over ? 'plan-drop plan-drop-over' : 'plan-drop'}
      data-testid="plan-drop"
      style={{ width: '100%', height: '100%' }}
      onDragOver={(e) => {
        if (!carries(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
        setHovered(boothAtClient(e.clientX, e.clientY));
      }}
      onDragLeave={() => {
        setOver(false);
        setHovered(null);
      }}
      onDrop={(e) => {
        if (!carries(e)) return;
        e.preventDefault();
        setOver(false);
        setHovered(null);
        const exhibitorId = e.dataTransfer.getData(EXHIBITOR_DRAG_TYPE);
        const boothId = boothAtClient(e.clientX, e.clientY);
        if (!exhibitorId || !boothId) return;
        const doc = editor.store.getState().doc;
        const ex = doc?.exhibitors[exhibitorId];
        const booth = doc?.booths[boothId];
        const ok = feedback(
          runEdit((d) => assignBooths(d, { exhibitorId, boothIds: [boothId] }, actionContext()), { quiet: true }),
          t('exhibitorsUi.assign.dropped', { booth: booth?.number ?? '', exhibitor: ex ? pickText(ex.name, lang) : '' }),
        );
        if (ok) {
          select([boothId]);
          warnNew(exhibitorId, [boothId]);
        }
      }}
    >
      {children}
    </div>
  );
}
