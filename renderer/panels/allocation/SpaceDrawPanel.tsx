import './allocation.css';
import { useEffect, useMemo, useState } from 'react';
import { Button, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { drawOptions, drawPick, drawQueue } from '../../../shared/allocation/space-draw';
import { priorityOf } from '../../../shared/allocation/priority';
import { actionContext } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { requestView } from '../../editor/view-requests';
import { refusalText } from '../common/refusal-text';
import { formatMetres } from '../inspector/format';
import { reasonsText } from './reason-text';
import { drawStore, openDraw, orderWithSkips, pauseDraw, resumeDraw, secondsLeft, skipCurrent, startTurn } from './draw-state';
import { useNotices } from '../common/use-notices';

/**
 * The space draw over the plan: the exhibitor whose turn it is, large enough for a room to
 * read on a big screen, their clock, the blocks they may pick (shown on the plan on hover),
 * and who comes next. A pick is one operation; Skip sends the exhibitor to the back; Pause
 * stops the clock; closing keeps the draw where it is.
 */
export function SpaceDrawPanel() {
  const open = useStore(drawStore, (s) => s.open);
  return open ? <DrawBody /> : null;
}

function useTick(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [active]);
  return now;
}

function DrawBody() {
  const { t } = useTranslation();
  const { notification } = useNotices();
  const lang = useSession((s) => s.language);
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const state = useStore(drawStore);
  const turnOf = state.current;
  const order = useMemo(() => (doc ? orderWithSkips(drawQueue(doc), state.skipped) : []), [doc, state.skipped]);
  const current = turnOf && order.includes(turnOf) ? turnOf : (order[0] ?? null);
  // The turn passes when its exhibitor picked, was skipped or left the queue.
  useEffect(() => {
    if (current !== turnOf) startTurn(current);
  }, [current, turnOf]);
  const options = useMemo(() => (doc && current ? drawOptions(doc, current) : []), [doc, current]);
  const now = useTick(state.turnStartedAt !== null);
  const left = secondsLeft(state, now);
  if (!doc) return null;
  const ex = current ? doc.exhibitors[current] : undefined;
  const name = (id: string) => pickText(doc.exhibitors[id]?.name, lang) || id;
  const show = (ids: string[]) => {
    select(ids);
    requestView({ kind: 'fit-booths', boothIds: ids });
  };
  const pick = (boothIds: string[]) => {
    if (!current) return;
    const res = runEdit((d) => drawPick(d, current, boothIds, actionContext()));
    if (!res.ok && 'refusals' in res) notification.error({ title: t('draw.pickFailed'), description: res.refusals.map((r) => refusalText(t, r, lang)).join(' ') });
  };
  const clock = left === null ? '' : `${left < 0 ? '−' : ''}${Math.floor(Math.abs(left) / 60)}:${String(Math.abs(left) % 60).padStart(2, '0')}`;

  return (
    <section className="space-draw" aria-label={t('draw.title')} data-testid="space-draw" data-current={current ?? ''}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('draw.title')}
        </Typography.Title>
        <Button size="small" type="text" onClick={() => openDraw(false)} aria-label={t('draw.close')}>
          ✕
        </Button>
      </Space>
      {!ex ? (
        <Typography.Paragraph data-testid="draw-done">{t('draw.done')}</Typography.Paragraph>
      ) : (
        <>
          <div className="space-draw-turn">
            <div className="space-draw-name" data-testid="draw-name">
              {name(ex.id)}
            </div>
            <Space size={8} wrap>
              <Tag color="blue">{t('draw.points', { points: priorityOf(ex, doc.settings.allocation.points).points })}</Tag>
              <Tag>{ex.requested.areaSqm !== null ? formatMetres(ex.requested.areaSqm, lang) : t('draw.booths', { count: ex.requested.booths ?? 1 })}</Tag>
              {clock && (
                <Tag color={left !== null && left < 0 ? 'red' : 'default'} data-testid="draw-clock" className="space-draw-clock">
                  {clock}
                </Tag>
              )}
            </Space>
          </div>
          <Space wrap style={{ margin: '8px 0' }}>
            {state.paused ? (
              <Button size="small" onClick={() => resumeDraw()}>
                {t('draw.resume')}
              </Button>
            ) : (
              <Button size="small" onClick={() => pauseDraw()}>
                {t('draw.pause')}
              </Button>
            )}
            <Button size="small" onClick={() => skipCurrent()}>
              {t('draw.skip')}
            </Button>
            <span>
              {t('draw.turnSeconds')}{' '}
              <InputNumber size="small" min={0} max={3600} step={30} value={state.turnSeconds} onChange={(v) => drawStore.setState({ turnSeconds: v ?? 0 })} aria-label={t('draw.turnSeconds')} style={{ width: 80 }} />
            </span>
          </Space>
          {options.length === 0 ? (
            <Typography.Paragraph type="warning">{t('draw.noOptions')}</Typography.Paragraph>
          ) : (
            <List
              size="small"
              className="space-draw-options"
              dataSource={options}
              renderItem={(o) => (
                <List.Item
                  data-booths={o.boothIds.join(' ')}
                  onMouseEnter={() => show(o.boothIds)}
                  actions={[
                    <Button key="pick" size="small" type="primary" disabled={readOnly} onClick={() => pick(o.boothIds)} aria-label={t('draw.pickLabel', { booths: o.numbers.join(', ') })}>
                      {t('draw.pick')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={`${o.numbers.join(', ')} · ${formatMetres(o.area, lang)}${o.corner ? ` · ${t('draw.corner')}` : ''}${o.island ? ` · ${t('draw.island')}` : ''}`}
                    description={reasonsText(t, o.reasons, { lang, settings: doc.settings })}
                  />
                </List.Item>
              )}
            />
          )}
          {order.length > 1 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="draw-next">
              {t('draw.next', { names: order.slice(1, 4).map(name).join(' · '), count: order.length - 1 })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </section>
  );
}
