import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Collapse, InputNumber, List, Progress, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands/catalog';
import type { Placement } from '../../../shared/allocation/types';
import { command } from '../../editor/commands/registry';
import { useEnabledCommands } from '../../editor/commands/use-enabled';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { COMMAND_ICONS } from '../toolbar/command-icons';
import { acceptPlacements, cancelAllocation, setAllocationScope } from './allocation-actions';
import { reasonsText } from './reason-text';

const RUN_COMMANDS: readonly CommandId[] = ['allocation.propose', 'allocation.optimise'];
const RESULT_COMMANDS: readonly CommandId[] = ['allocation.acceptAll', 'allocation.reject'];
const ALL_COMMANDS = [...RUN_COMMANDS, ...RESULT_COMMANDS];
/** Rows per page: a whole-show proposal has thousands of placements, and the panel stays quick. */
const PAGE = 50;

/**
 * [Propose allocation] and [Optimise] for the whole show or one hall, in a worker with progress
 * and Cancel; the proposal (session state) is outlined on the plan and accepted all at once,
 * per hall or per exhibitor (each accept one undo step), or rejected.
 */
export function ProposalSection() {
  const { t } = useTranslation();
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const lang = useSession((s) => s.language);
  const { hallId, seconds, running, proposal, note } = useSession((s) => s.allocation);
  const enabled = useEnabledCommands(ALL_COMMANDS);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const halls = useMemo(() => Object.values(doc?.halls ?? {}).sort((a, b) => a.order - b.order), [doc?.halls]);
  // Ticks are for the proposal on screen; a new or smaller proposal keeps only those still in it.
  const ticked = useMemo(() => new Set([...checked].filter((id) => proposal?.placements.some((p) => p.exhibitorId === id))), [checked, proposal]);
  // Grouped once per proposal, not on every tick of a checkbox (a whole show has thousands).
  const byHall = useMemo(() => {
    const out = new Map<string, Placement[]>();
    for (const pl of proposal?.placements ?? []) {
      const list = out.get(pl.hallId);
      if (list) list.push(pl);
      else out.set(pl.hallId, [pl]);
    }
    // Halls in the show's order (placements come in priority order).
    const order = (id: string) => doc?.halls[id]?.order ?? Number.MAX_SAFE_INTEGER;
    return new Map([...out].sort(([a], [b]) => order(a) - order(b)));
  }, [proposal, doc?.halls]);
  if (!doc) return null;

  const rctx = { lang, settings: doc.settings };
  const name = (id: string) => pickText(doc.exhibitors[id]?.name, lang) || id;
  const numbers = (pl: Placement) => pl.boothIds.map((b) => doc.booths[b]?.number ?? b).join(', ');
  const s = proposal?.stats;
  const commandButton = (id: CommandId, primary = false) => (
    <Button key={id} type={primary ? 'primary' : 'default'} danger={id === 'allocation.reject'} icon={COMMAND_ICONS[id]} data-command={id} disabled={!enabled.has(id)} onClick={() => command(id).run({ via: 'toolbar' })}>
      {t(`commands.${id}`)}
    </Button>
  );
  const phase = running ? t(`allocation.phase.${running.phase}`, { defaultValue: running.phase }) : '';

  return (
    <section className="allocation-proposal" aria-label={t('allocation.proposalSection')}>
      <Space wrap>
        <Select
          aria-label={t('allocation.scope')}
          className="allocation-scope"
          value={hallId ?? ''}
          disabled={!!running}
          onChange={(v: string) => setAllocationScope({ hallId: v || null })}
          options={[{ value: '', label: t('allocation.allHalls') }, ...halls.map((h) => ({ value: h.id, label: `${h.code} ${pickText(h.name, lang)}` }))]}
        />
        <InputNumber
          aria-label={t('allocation.seconds')}
          min={1}
          max={600}
          value={seconds}
          disabled={!!running}
          suffix={t('allocation.secondsUnit')}
          onChange={(v) => setAllocationScope({ seconds: v ?? 60 })}
          className="allocation-seconds"
        />
      </Space>
      <Space wrap className="allocation-row">
        {commandButton('allocation.propose', true)}
        {commandButton('allocation.optimise')}
      </Space>
      {running && (
        <div className="allocation-running" role="status" aria-label={t('allocation.running')}>
          <Progress percent={Math.round(running.done * 100)} size="small" aria-label={phase} />
          <Space>
            <Typography.Text type="secondary">{phase}</Typography.Text>
            <Button size="small" onClick={cancelAllocation}>
              {t('allocation.cancel')}
            </Button>
          </Space>
        </div>
      )}
      {note && !running && (
        <Alert
          className="allocation-note"
          role="status"
          showIcon
          type={note.kind === 'failed' ? 'error' : note.kind === 'stale' ? 'warning' : note.kind === 'accepted' ? 'success' : 'info'}
          title={note.kind === 'failed' ? t('allocation.failed', { message: note.message ?? '' }) : t(`allocation.${note.kind}`, { count: note.count })}
        />
      )}
      {!proposal && !running && <Typography.Paragraph type="secondary">{t('allocation.noProposal')}</Typography.Paragraph>}
      {proposal && s && (
        <div className="allocation-result">
          <Typography.Paragraph data-testid="allocation-summary">
            {t('allocation.summary', {
              placed: s.placed,
              satisfiable: s.satisfiable,
              share: (s.placedShare * 100).toFixed(1),
              booths: s.boothsProposed,
              score: Math.round(s.score),
              greedy: Math.round(s.greedyScore),
              seconds: (s.millis / 1000).toFixed(1),
            })}
          </Typography.Paragraph>
          <Space wrap>
            {commandButton('allocation.acceptAll', true)}
            <Button disabled={readOnly || ticked.size === 0} onClick={() => acceptPlacements({ exhibitorIds: ticked })}>
              {t('allocation.acceptSelected', { count: ticked.size })}
            </Button>
            {commandButton('allocation.reject')}
          </Space>
          <Collapse
            size="small"
            className="allocation-lists"
            defaultActiveKey={['placed']}
            items={[
              {
                key: 'placed',
                label: t('allocation.placements', { count: proposal.placements.length }),
                children: [...byHall].map(([hid, list]) => {
                  const code = doc.halls[hid]?.code ?? hid;
                  return (
                    <div key={hid} className="allocation-hall">
                      <Button size="small" disabled={readOnly} onClick={() => acceptPlacements({ hallId: hid })}>
                        {t('allocation.acceptHall', { hall: code, count: list.length })}
                      </Button>
                      <div role="group" aria-label={t('allocation.hallPlacements', { hall: code })}>
                        <List
                          size="small"
                          dataSource={list}
                          pagination={list.length > PAGE ? { pageSize: PAGE, size: 'small', showSizeChanger: false } : false}
                          renderItem={(pl) => (
                            <List.Item className="allocation-item">
                              <div className="allocation-head">
                                <Checkbox
                                  aria-label={t('allocation.select', { name: name(pl.exhibitorId) })}
                                  checked={ticked.has(pl.exhibitorId)}
                                  onChange={(e) => {
                                    const next = new Set(ticked);
                                    if (e.target.checked) next.add(pl.exhibitorId);
                                    else next.delete(pl.exhibitorId);
                                    setChecked(next);
                                  }}
                                />
                                <span className="allocation-name">
                                  <b>{name(pl.exhibitorId)}</b> → {numbers(pl)}
                                </span>
                                <Button size="small" autoInsertSpace={false} disabled={readOnly} aria-label={t('allocation.acceptOne', { name: name(pl.exhibitorId) })} onClick={() => acceptPlacements({ exhibitorIds: new Set([pl.exhibitorId]) })}>
                                  {t('allocation.acceptShort')}
                                </Button>
                              </div>
                              <Typography.Text type="secondary" className="allocation-reasons">
                                {reasonsText(t, pl.reasons, rctx)}
                              </Typography.Text>
                            </List.Item>
                          )}
                        />
                      </div>
                    </div>
                  );
                }),
              },
              {
                key: 'out',
                label: t('allocation.leftOut', { count: proposal.leftOut.length }),
                children: (
                  <div role="group" aria-label={t('allocation.leftOutList')}>
                    <List
                      size="small"
                      dataSource={proposal.leftOut}
                      pagination={proposal.leftOut.length > PAGE ? { pageSize: PAGE, size: 'small', showSizeChanger: false } : false}
                      renderItem={(l) => (
                        <List.Item className="allocation-item">
                          <div className="allocation-head">
                            <b className="allocation-name">{name(l.exhibitorId)}</b>
                          </div>
                          <Typography.Text type="secondary" className="allocation-reasons allocation-reasons-flush">
                            {reasonsText(t, l.reasons, rctx)}
                          </Typography.Text>
                        </List.Item>
                      )}
                    />
                  </div>
                ),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
