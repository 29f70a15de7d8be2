import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../editor/host-errors';
import { describeError } from './describe-error';

/** An error in words, the file it concerns, and its technical details folded away. */
export function ErrorDetails({ error }: { error: UiError }) {
  const { t } = useTranslation();
  const text = describeError(t, error);
  return (
    <div className="error-details" data-error-code={error.code}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{text.message}</Typography.Paragraph>
      {text.file && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4, wordBreak: 'break-all' }}>
          {text.file}
        </Typography.Paragraph>
      )}
      {text.details.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'details',
              label: t('dialog.details'),
              children: (
                <pre style={{ margin: 0, maxHeight: 200, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap' }}>{text.details.join('\n')}</pre>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
