import { Alert, Empty, Flex, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { pickText } from '../../editor/text';
import { browserFontProbe, missingFonts } from '../../print/fonts';
import { hallsWithoutBooths } from '../../print/options';
import type { Preview } from './use-print-preview';

interface Props {
  project: Project;
  preview: Preview | null;
  busy: boolean;
  selected: number;
  onSelect(index: number): void;
}

/** What the print will look like: messages first, then the selected page and every page as a thumbnail. */
export function PrintPreviewPane({ project, preview, busy, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const result = preview?.result;
  const scripts = result?.ok ? result.scripts : null;
  const fonts = useMemo(() => (scripts ? missingFonts(scripts, browserFontProbe()) : []), [scripts]);
  const hallName = (id: string) => {
    const h = project.halls[id];
    return h ? pickText(h.name, lang) || h.code : id;
  };
  const emptyHalls = preview ? hallsWithoutBooths(project, preview.options.halls) : [];
  const state = busy || !preview ? 'busy' : result?.ok ? 'ready' : 'error';

  return (
    <Flex vertical gap={8} className="print-preview" data-testid="print-preview" data-state={state} data-pages={result?.ok ? result.pages.length : 0} aria-label={t('print.preview.label')} role="region">
      {result && !result.ok && <Alert type="error" showIcon message={t(`print.errors.${result.error.code}`, { halls: (result.error.halls ?? []).join(', ') })} />}
      {emptyHalls.length > 0 && <Alert type="info" showIcon message={t('print.notes.emptyHalls', { halls: emptyHalls.map(hallName).join(lang === 'zh-CN' ? '、' : ', ') })} />}
      {result?.ok &&
        result.warnings.map((w) => (
          <Alert key={w.code} type="warning" showIcon message={t(`print.warnings.${w.code}`, { count: 'count' in w ? w.count : 0, halls: 'halls' in w ? w.halls.map(hallName).join(lang === 'zh-CN' ? '、' : ', ') : '' })} />
        ))}
      {fonts.map((f) => (
        <Alert key={f.script} type="warning" showIcon data-testid="print-font-problem" message={f.font ? t('print.fonts.missing', { script: t(`print.fonts.scripts.${f.script}`), font: f.font }) : t('print.fonts.unknown')} />
      ))}
      {result?.ok && (
        <Typography.Text data-testid="print-summary">
          {t('print.preview.pages', { count: result.pages.length })}
          {' · '}
          {result.halls
            .map((h) => (h.tiles ? t('print.preview.hallTiled', { hall: hallName(h.hallId), scale: h.scale, cols: h.tiles.cols, rows: h.tiles.rows }) : t('print.preview.hallScale', { hall: hallName(h.hallId), scale: h.scale })))
            .join(lang === 'zh-CN' ? '；' : '; ')}
        </Typography.Text>
      )}
      <Spin spinning={busy}>
        {result?.ok && preview ? (
          <Flex gap={10} className="print-preview-body">
            <div className="print-preview-main">
              {preview.urls[selected] && <img src={preview.urls[selected]} alt={t('print.preview.pageAlt', { n: selected + 1, title: result.pages[selected]?.title ?? '' })} />}
            </div>
            <ol className="print-thumbs" aria-label={t('print.preview.pagesList')}>
              {result.pages.map((p, i) => (
                <li key={i}>
                  <button type="button" className={i === selected ? 'print-thumb selected' : 'print-thumb'} aria-pressed={i === selected} onClick={() => onSelect(i)} data-testid="print-thumb">
                    <img src={preview.urls[i]} alt="" />
                    <span>
                      {i + 1}. {p.title}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </Flex>
        ) : (
          <Empty description={busy ? t('print.preview.working') : t('print.preview.none')} />
        )}
      </Spin>
    </Flex>
  );
}
