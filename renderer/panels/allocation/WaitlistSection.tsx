import { useMemo } from 'react';
import { Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { assignBooths } from '../../../shared/assignment/commands';
import { fitsForReleasedBooth, waitlist } from '../../../shared/allocation/waitlist';
import { actionContext } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { useFeedback } from '../assignment/use-feedback';
import { reasonsText } from './reason-text';

/**
 * The waitlist in priority order, and for a free booth selected on the plan (one just released
 * by a cancellation, an expired hold or an unassign) the waitlist's best fits, each one click
 * from being assigned.
 */
export function WaitlistSection() {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const lang = useSession((s) => s.language);
  const selection = useSession((s) => s.selection);
  const list = useMemo(() => (doc ? waitlist(doc) : []), [doc]);
  const boothId = selection.length === 1 ? selection[0]! : null;
  const booth = boothId ? doc?.booths[boothId] : undefined;
  const free = !!booth && booth.status === 'available';
  const fits = useMemo(() => (doc && free && boothId ? fitsForReleasedBooth(doc, boothId) : []), [doc, free, boothId]);
  if (!doc) return null;
  const rctx = { lang, settings: doc.settings };
  const name = (id: string) => pickText(doc.exhibitors[id]?.name, lang) || id;
  const numbers = (ids: readonly string[]) => ids.map((b) => doc.booths[b]?.number ?? b).join(', ');

  return (
    <section className="allocation-waitlist" aria-label={t('allocation.waitlistSection')}>
      {free && booth ? (
        <div role="group" aria-label={t('allocation.fitsFor', { booth: booth.number })}>
          <Typography.Title level={5}>{t('allocation.fitsFor', { booth: booth.number })}</Typography.Title>
          {fits.length === 0 ? (
            <Typography.Text type="secondary">{t('allocation.noFits', { booth: booth.number })}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={fits}
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <Button
                      key="assign"
                      size="small"
                      type="primary"
                      disabled={readOnly}
                      aria-label={t('allocation.assign', { booths: numbers(f.boothIds), name: name(f.exhibitorId) })}
                      onClick={() =>
                        feedback(
                          runEdit((d) => assignBooths(d, { exhibitorId: f.exhibitorId, boothIds: f.boothIds }, actionContext()), { quiet: true }),
                          t('allocation.assigned', { booths: numbers(f.boothIds), name: name(f.exhibitorId) }),
                        )
                      }
                    >
                      {numbers(f.boothIds)}
                    </Button>,
                  ]}
                >
                  <span>
                    <b>{name(f.exhibitorId)}</b> <Typography.Text type="secondary">{reasonsText(t, f.reasons, rctx)}</Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          )}
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{t('allocation.selectFree')}</Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('allocation.waitlist', { count: list.length })}</Typography.Title>
      {list.length === 0 ? (
        <Typography.Text type="secondary">{t('allocation.waitlistEmpty')}</Typography.Text>
      ) : (
        <div role="group" aria-label={t('allocation.waitlist', { count: list.length })}>
          <List
            size="small"
            dataSource={list.slice(0, 100)}
            renderItem={(w, i) => (
              <List.Item>
                <span>
                  {i + 1}. <b>{name(w.exhibitorId)}</b> · {t('allocation.priority', { points: w.priority })} ·{' '}
                  {w.kind === 'more-area' ? t('allocation.moreArea', { has: w.assignedArea, want: w.requestedArea ?? 0 }) : t('allocation.noBooth')}
                </span>
              </List.Item>
            )}
          />
        </div>
      )}
    </section>
  );
}
