import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DxfError } from '../../../shared/drawing/import-dxf';

/** A refused DXF in the user's language; nothing was changed. */
export function DxfErrorMessage({ error }: { error: DxfError }) {
  const { t } = useTranslation();
  const limit = error.limit ? (error.code === 'too-large' ? `${Math.round(error.limit / 1024 / 1024)} MB` : error.code === 'timeout' ? `${Math.round(error.limit / 1000)} s` : error.limit.toLocaleString()) : '';
  return <Alert type="error" showIcon role="alert" message={t(`cadDrawing.error.${error.code}`, { limit })} description={error.detail && error.code !== 'dwg' ? error.detail : undefined} />;
}

/** DWG is a closed format: it must be saved as DXF in the CAD program first. */
export function DwgHelp() {
  const { t } = useTranslation();
  return (
    <div data-testid="dwg-help">
      <Typography.Paragraph>{t('cadDrawing.dwg.why')}</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, margin: 0 }}>
        <li>{t('cadDrawing.dwg.step1')}</li>
        <li>{t('cadDrawing.dwg.step2')}</li>
        <li>{t('cadDrawing.dwg.step3')}</li>
      </ol>
    </div>
  );
}
