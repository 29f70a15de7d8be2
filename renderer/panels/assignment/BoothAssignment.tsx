import { useMemo, useState } from 'react';
import { Button, Divider, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { assignBooths, moveExhibitor, swapBooths, unassignBooths } from '../../../shared/assignment/commands';
import { blockBooths, holdBooths, releaseBooths, reserveBooths, unblockBooths } from '../../../shared/assignment/claims';
import { historyForBooth } from '../../../shared/assignment/history';
import type { Booth } from '../../../shared/model/entities';
import { entryOf, type Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { runEdit } from '../../editor/edit-runner';
import { actionContext, localToday } from '../../editor/assignment/user';
import { select } from '../../editor/session-store';
import { HistoryList } from '../history/HistoryList';
import { exhibitorOption, exhibitorOptions } from './exhibitor-options';
import { useFeedback } from './use-feedback';
import { useNewWarnings } from './use-new-warnings';
import { compareNumeric } from '../../../shared/text/collate';

interface Props {
  doc: Project;
  booths: Booth[];
  lang: Language;
  readOnly: boolean;
}

/** The exhibitor a booth is assigned to or claimed for. */
function occupant(doc: Project, b: Booth): string | null {
  if (b.status === 'assigned') return doc.assignments[b.id]?.exhibitorId ?? null;
  if (b.status === 'hold' || b.status === 'reserved') return b.claim?.exhibitorId ?? null;
  return null;
}

/**
 * Assignment controls for the selected booths: pick an exhibitor (searchable), then assign,
 * hold until a date, reserve, release, unassign, block or unblock them all at once; move one
 * booth's exhibitor to another booth; swap two booths. Refusals name the holder.
 */
export function BoothAssignment({ doc, booths, lang, readOnly }: Props) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const warnNew = useNewWarnings();
  const ids = booths.map((b) => b.id);
  const single = booths.length === 1 ? booths[0]! : null;
  const current = single ? occupant(doc, single) : null;
  const [picked, setPicked] = useState<string | null>(current);
  const [until, setUntil] = useState('');
  const [moveTo, setMoveTo] = useState<string | null>(null);
  // Both pickers list everything (every exhibitor, every free booth) only while open; closed,
  // they need the chosen entry's label alone. At 75,000 booths and 35,000 exhibitors the full
  // lists cost ~0.1–0.3 s each, which every booth shown and every edit would otherwise wait for.
  const [pickerOpen, setPickerOpen] = useState(false);
  const [moveOpen, setMoveOpen] = useState(false);
  const moveTarget = moveTo ? entryOf(doc.booths, moveTo) : undefined;
  const freeBooths = useMemo(
    () =>
      !single || !current
        ? []
        : moveOpen
          ? Object.values(doc.booths)
              .filter((b) => b.status === 'available' && b.id !== single.id)
              .sort((a, b) => compareNumeric(a.number, b.number))
              .map((b) => ({ value: b.id, label: b.number }))
          : moveTarget
            ? [{ value: moveTarget.id, label: moveTarget.number }]
            : [],
    [doc.booths, single, current, moveOpen, moveTarget],
  );
  const statuses = new Set(booths.map((b) => b.status));
  const exhibitorId = picked ?? current;
  const chosen = exhibitorId ? entryOf(doc.exhibitors, exhibitorId) : undefined;
  const options = useMemo(
    () => (pickerOpen ? exhibitorOptions(doc.exhibitors, lang) : chosen ? [exhibitorOption(chosen, lang)] : []),
    [pickerOpen, doc.exhibitors, chosen, lang],
  );
  const n = booths.length;

  const done = (key: string) => t(key, { count: n });
  const assign = () => {
    if (exhibitorId && feedback(runEdit((d) => assignBooths(d, { exhibitorId, boothIds: ids }, actionContext()), { quiet: true }), done('exhibitorsUi.assign.assigned'))) warnNew(exhibitorId, ids);
  };
  const hold = () =>
    feedback(runEdit((d) => holdBooths(d, { exhibitorId: exhibitorId ?? null, boothIds: ids, until: until || null }, actionContext()), { quiet: true }), done('exhibitorsUi.assign.held'));
  const reserve = () => exhibitorId && feedback(runEdit((d) => reserveBooths(d, { exhibitorId, boothIds: ids }, actionContext()), { quiet: true }), done('exhibitorsUi.assign.reserved'));
  const release = () => feedback(runEdit((d) => releaseBooths(d, { boothIds: ids }), { quiet: true }), done('exhibitorsUi.assign.released'));
  const unassign = () => feedback(runEdit((d) => unassignBooths(d, { boothIds: ids }), { quiet: true }), done('exhibitorsUi.assign.unassigned'));
  const block = () => feedback(runEdit((d) => blockBooths(d, { boothIds: ids }), { quiet: true }), done('exhibitorsUi.assign.blocked'));
  const unblock = () => feedback(runEdit((d) => unblockBooths(d, { boothIds: ids }), { quiet: true }), done('exhibitorsUi.assign.unblocked'));
  const swap = () => n === 2 && feedback(runEdit((d) => swapBooths(d, { a: ids[0]!, b: ids[1]! }, actionContext()), { quiet: true }), t('exhibitorsUi.assign.swapped'));
  const move = () => {
    if (!single || !current || !moveTo) return;
    const to = moveTo;
    if (feedback(runEdit((d) => moveExhibitor(d, { exhibitorId: current, from: single.id, to }, actionContext()), { quiet: true }), t('exhibitorsUi.assign.moved'))) {
      setMoveTo(null);
      select([to]);
      warnNew(current, [to]);
    }
  };

  return (
    <div className="booth-assignment" data-testid="booth-assignment">
      <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
        {t('exhibitorsUi.assign.title')}
      </Divider>
      <Select
        showSearch
        allowClear
        style={{ width: '100%' }}
        placeholder={t('exhibitorsUi.assign.pick')}
        aria-label={t('a11y.exhibitor')}
        value={exhibitorId ?? undefined}
        options={options}
        onOpenChange={setPickerOpen}
        filterOption={(input, o) => (o?.search ?? '').includes(input.toLowerCase())}
        onChange={(v) => setPicked(v ?? null)}
        disabled={readOnly}
        virtual
      />
      <Space wrap size={4} style={{ marginTop: 8 }}>
        <Button type="primary" size="small" disabled={readOnly || !exhibitorId} onClick={assign}>
          {t('exhibitorsUi.assign.assign')}
        </Button>
        <Button size="small" disabled={readOnly || !exhibitorId} onClick={reserve}>
          {t('exhibitorsUi.assign.reserve')}
        </Button>
        {(statuses.has('hold') || statuses.has('reserved')) && (
          <Button size="small" disabled={readOnly} onClick={release}>
            {t('exhibitorsUi.assign.release')}
          </Button>
        )}
        {statuses.has('assigned') && (
          <Button size="small" disabled={readOnly} onClick={unassign}>
            {t('exhibitorsUi.assign.unassign')}
          </Button>
        )}
        {statuses.has('blocked') ? (
          <Button size="small" disabled={readOnly} onClick={unblock}>
            {t('exhibitorsUi.assign.unblock')}
          </Button>
        ) : (
          <Button size="small" disabled={readOnly} onClick={block}>
            {t('exhibitorsUi.assign.block')}
          </Button>
        )}
        {n === 2 && (
          <Button size="small" disabled={readOnly} onClick={swap}>
            {t('exhibitorsUi.assign.swap')}
          </Button>
        )}
      </Space>
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Input
          type="date"
          aria-label={t('a11y.holdUntil')}
          min={localToday()}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          disabled={readOnly}
          addonBefore={t('exhibitorsUi.assign.until')}
        />
        <Button disabled={readOnly} onClick={hold}>
          {t('exhibitorsUi.assign.hold')}
        </Button>
      </Space.Compact>
      {single && single.claim?.until && single.status === 'hold' && (
        <Typography.Text type="secondary" data-field="hold-until">
          {t('exhibitorsUi.assign.heldUntil', { date: single.claim.until })}
        </Typography.Text>
      )}
      {single && current && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Select
            showSearch
            style={{ flex: 1 }}
            placeholder={t('exhibitorsUi.assign.moveTo')}
            aria-label={t('a11y.moveToBooth')}
            optionFilterProp="label"
            value={moveTo ?? undefined}
            options={freeBooths}
            onOpenChange={setMoveOpen}
            onChange={setMoveTo}
            disabled={readOnly}
            virtual
          />
          <Button disabled={readOnly || !moveTo} onClick={move}>
            {t('exhibitorsUi.assign.move')}
          </Button>
        </Space.Compact>
      )}
      {single && (
        <>
          <Divider titlePlacement="start" style={{ margin: '12px 0 4px' }}>
            {t('exhibitorsUi.history.title')}
          </Divider>
          <HistoryList entries={historyForBooth(doc, single.id)} show="exhibitor" />
        </>
      )}
    </div>
  );
}
