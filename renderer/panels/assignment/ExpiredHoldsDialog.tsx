import { useMemo, useState } from 'react';
import { Button, Input, Modal, Space, Table, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { expireHolds, expiredHolds, extendHolds } from '../../../shared/assignment/claims';
import { refuse } from '../../../shared/editing/result';
import { actionContext, localToday } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { openEditorDialog, sessionStore } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { refusalText } from '../common/refusal-text';
import { useNotices } from '../common/use-notices';

/** A week from today: the usual "give them a few more days" when a delegation is late. */
function inAWeek(today: string): string {
  const d = new Date(`${today}T12:00:00`);
  d.setDate(d.getDate() + 7);
  return localToday(d);
}

/**
 * Holds past their last day, listed for the user to decide on: release the chosen ones for
 * sale, give them a new last day, or decide later (they stay on hold, and the list comes
 * back at the next open and from Edit ▸ Expired Holds…). Nothing is released silently.
 */
export function ExpiredHoldsDialog() {
  const open = useStore(sessionStore, (s) => s.dialog === 'expiredHolds');
  return open ? <ExpiredHoldsBody /> : null;
}

function ExpiredHoldsBody() {
  const { t } = useTranslation();
  const { message, notification } = useNotices();
  const doc = useDocument((s) => s.doc);
  const today = localToday();
  const holds = useMemo(() => (doc ? expiredHolds(doc, today) : []), [doc, today]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const selected = picked ?? holds.map((h) => h.boothId);
  const [until, setUntil] = useState(inAWeek(today));
  const close = () => openEditorDialog(null);
  const lang = useSession((s) => s.language);

  const rows = holds.map((h) => {
    const ex = h.exhibitorId ? doc?.exhibitors[h.exhibitorId] : undefined;
    return { key: h.boothId, booth: h.boothNumber, exhibitor: ex ? pickText(ex.name, lang) : t('exhibitorsUi.expired.organizer'), until: h.until };
  });

  const release = () => {
    // Another window may have dealt with them meanwhile: then there is nothing to release.
    const res = runEdit((d) => expireHolds(d, today, selected).op ?? refuse('nothing-selected'));
    if (res.ok) {
      void message.success(t('exhibitorsUi.expired.released', { count: selected.length }));
      setPicked(null);
      if (selected.length === holds.length) close();
    }
  };
  const extend = () => {
    const res = runEdit((d) => extendHolds(d, { boothIds: selected, until }, actionContext()));
    if (res.ok) {
      void message.success(t('exhibitorsUi.expired.extended', { count: selected.length, date: until }));
      setPicked(null);
      if (selected.length === holds.length) close();
    } else if ('refusals' in res) notification.error({ title: t('exhibitorsUi.expired.extend'), description: res.refusals.map((r) => refusalText(t, r, lang)).join(' ') });
  };

  return (
    <Modal
      open
      width={640}
      title={t('exhibitorsUi.expired.title', { count: holds.length })}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={close}>{t('exhibitorsUi.expired.later')}</Button>
          <Input type="date" aria-label={t('exhibitorsUi.expired.extendTo')} value={until} min={today} onChange={(e) => setUntil(e.target.value)} style={{ width: 160 }} />
          <Button disabled={!selected.length || !until} onClick={extend}>
            {t('exhibitorsUi.expired.extend')}
          </Button>
          <Button type="primary" danger disabled={!selected.length} onClick={release}>
            {t('exhibitorsUi.expired.release')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('exhibitorsUi.expired.intro')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={rows}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setPicked(keys.map(String)) }}
        columns={[
          { title: t('exhibitorsUi.expired.booth'), dataIndex: 'booth', width: 110 },
          { title: t('exhibitorsUi.expired.exhibitor'), dataIndex: 'exhibitor' },
          { title: t('exhibitorsUi.expired.until'), dataIndex: 'until', width: 120 },
        ]}
      />
      <Typography.Text type="secondary">{t('exhibitorsUi.expired.selectedCount', { count: selected.length, total: holds.length })}</Typography.Text>
    </Modal>
  );
}
