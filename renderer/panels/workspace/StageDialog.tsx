import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../../shared/assignment/types';
import { SALES_STAGES, type SalesStage } from '../../../shared/model/entities';
import { setSalesStage, type ReleaseTo } from '../../../shared/sales/commands';
import { actionContext, localToday } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { describeError } from '../common/describe-error';
import { useSession } from '../../editor/instance';
import { refusalText } from '../common/refusal-text';

/**
 * Moves exhibitors to a sales stage. Cancelling exhibitors who hold booths first says which
 * booths are released and asks where they go (back on sale, or held for the waitlist).
 */
export function StageDialog({ exhibitorIds, initial, onClose }: { exhibitorIds: string[]; initial: SalesStage; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const [stage, setStage] = useState<SalesStage>(initial);
  const [date, setDate] = useState(localToday());
  const [release, setRelease] = useState<ReleaseTo | null>(null);
  const [asking, setAsking] = useState<Refusal | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  function apply() {
    const res = runEdit((doc) => setSalesStage(doc, { exhibitorIds, stage, date, release: release ?? undefined }, actionContext()), { quiet: true });
    if (res.ok) {
      onClose();
      return;
    }
    if ('refusals' in res) {
      const ask = res.refusals.find((r) => r.code === 'booths-to-release');
      if (ask) {
        setAsking(ask);
        setRelease('available');
        return;
      }
      setProblems(res.refusals.map((r) => refusalText(t, r, lang)));
    } else setProblems(['error' in res ? describeError(t, res.error).message : refusalText(t, res.refusal, lang)]);
  }

  return (
    <Modal open title={t('workspace.stageDialog.title', { count: exhibitorIds.length })} okText={asking ? t('workspace.stageDialog.confirmRelease') : t('workspace.stageDialog.apply')} cancelText={t('workspace.cancel')} onOk={apply} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('workspace.col.stage')}>
          <Select
            aria-label={t('workspace.col.stage')}
            value={stage}
            onChange={(s) => {
              setStage(s);
              setAsking(null);
              setRelease(null);
            }}
            options={SALES_STAGES.map((s) => ({ value: s, label: t(`workspace.stage.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('workspace.stageDialog.date')}>
          <Input type="date" aria-label={t('workspace.stageDialog.date')} value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </Form.Item>
        {stage !== 'cancelled' && <Alert type="info" showIcon title={t('workspace.stageDialog.signedNote')} />}
        {asking && (
          <>
            <Alert type="warning" showIcon title={refusalText(t, asking, lang)} style={{ marginBottom: 12 }} />
            <Radio.Group value={release} onChange={(e) => setRelease(e.target.value as ReleaseTo)} aria-label={t('workspace.stageDialog.releaseTo')}>
              <Radio value="available">{t('workspace.stageDialog.toAvailable')}</Radio>
              <Radio value="waitlist">{t('workspace.stageDialog.toWaitlist')}</Radio>
            </Radio.Group>
          </>
        )}
        {problems.length > 0 && <Alert type="error" showIcon title={problems.join(' ')} style={{ marginTop: 12 }} />}
      </Form>
    </Modal>
  );
}
