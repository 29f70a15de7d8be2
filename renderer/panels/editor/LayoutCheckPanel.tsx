import { Button, Empty, Flex, InputNumber, List, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { LayoutProblem } from '../../../shared/editing/checks';
import { useDocument } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { toolStore } from '../../editor/tools/tool-store';
import { requestView } from '../../editor/view-requests';
import { runLayoutCheck } from '../../editor/commands/editing';

function focus(p: LayoutProblem): void {
  toolStore.setState({ focusedProblem: p });
  if (p.boothIds.length) {
    select(p.boothIds);
    requestView({ kind: 'fit-booths', boothIds: p.boothIds });
  } else requestView({ kind: 'fit-hall', hallId: p.hallId });
}

/** Overlapping halls: a way to each of the two (the row itself frames the overlap in the first). */
function HallLinks({ hallIds }: { hallIds: string[] }) {
  const { t } = useTranslation();
  const halls = useDocument((s) => s.doc?.halls);
  return (
    <Flex gap={4} wrap>
      {hallIds.map((id) => (
        <Button
          key={id}
          size="small"
          type="link"
          onClick={(e) => {
            e.stopPropagation();
            toolStore.setState({ focusedProblem: null });
            requestView({ kind: 'fit-hall', hallId: id });
          }}
        >
          {t('editor.check.goToHall', { code: halls?.[id]?.code ?? '' })}
        </Button>
      ))}
    </Flex>
  );
}

/** Results of "Check layout": one row per problem; a click zooms to it. */
export function LayoutCheckPanel() {
  const { t } = useTranslation();
  const problems = useStore(toolStore, (s) => s.problems);
  const focused = useStore(toolStore, (s) => s.focusedProblem);
  const minAisle = useStore(toolStore, (s) => s.minAisle);
  const halls = useDocument((s) => s.doc?.halls);
  if (!problems) return null;
  return (
    <section className="editor-check" aria-label={t('editor.check.title')} data-problem-count={problems.length}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('editor.check.count', { count: problems.length })}</Typography.Text>
        <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('editor.close')} onClick={() => toolStore.setState({ problems: null, focusedProblem: null })} />
      </Flex>
      <Flex gap={6} align="center" wrap style={{ margin: '6px 0' }}>
        <Typography.Text type="secondary">{t('editor.check.minAisle')}</Typography.Text>
        <InputNumber size="small" aria-label={t('editor.check.minAisle')} min={0.5} max={20} step={0.5} value={minAisle} addonAfter="m" style={{ width: 110 }} onChange={(v) => toolStore.setState({ minAisle: v ?? 3 })} />
        <Button size="small" onClick={runLayoutCheck}>
          {t('editor.check.again')}
        </Button>
      </Flex>
      {problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('editor.check.none')} />
      ) : (
        <List
          size="small"
          className="editor-check-list"
          dataSource={problems}
          renderItem={(p, i) => (
            <List.Item key={i} className={p === focused ? 'is-focused' : undefined} onClick={() => focus(p)} style={{ cursor: 'pointer' }} data-problem={p.code}>
              <button type="button" className="editor-check-item" onClick={() => focus(p)}>
                <Typography.Text type="danger">{t(`editor.check.code.${p.code}`)}</Typography.Text> <Typography.Text type="secondary">{halls?.[p.hallId]?.code ?? ''}</Typography.Text>
                <br />
                {t(`editor.check.detail.${p.code}`, { ...p.detail, defaultValue: '' })}
                {p.aisles && (
                  <ul className="editor-check-aisles">
                    {p.aisles.map((a) => (
                      <li key={a.boothId}>{t('editor.check.aisle', { number: a.number, gap: a.gap })}</li>
                    ))}
                  </ul>
                )}
              </button>
              {p.otherHallId && <HallLinks hallIds={[p.hallId, p.otherHallId]} />}
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
