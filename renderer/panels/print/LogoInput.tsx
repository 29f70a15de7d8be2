import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Largest logo file accepted: its data URL must stay under the engine's 2 MB. */
export const MAX_LOGO_BYTES = 1_400_000;
const TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'];

/** The title block's logo: an image file read into a data URL kept only in the dialog. */
export function LogoInput({ logo, onChange }: { logo: string | null; onChange(logo: string | null): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const onFile = (file: File | undefined) => {
    if (!file) return;
    if (!TYPES.includes(file.type)) return setError(t('print.logo.badType'));
    if (file.size > MAX_LOGO_BYTES) return setError(t('print.logo.tooLarge', { mb: (MAX_LOGO_BYTES / 1e6).toFixed(1) }));
    const reader = new FileReader();
    reader.onload = () => {
      setError(null);
      onChange(typeof reader.result === 'string' ? reader.result : null);
    };
    reader.onerror = () => setError(t('print.logo.unreadable'));
    reader.readAsDataURL(file);
  };
  return (
    <Flex vertical gap={2} style={{ paddingLeft: 24 }}>
      <Flex gap={8} align="center">
        <input ref={input} type="file" accept={TYPES.join(',')} aria-label={t('print.logo.file')} style={{ display: 'none' }} onChange={(e) => onFile(e.target.files?.[0])} />
        <Button size="small" onClick={() => input.current?.click()}>
          {logo ? t('print.logo.replace') : t('print.logo.choose')}
        </Button>
        {logo && <img src={logo} alt={t('print.logo.alt')} style={{ height: 22, maxWidth: 80, objectFit: 'contain' }} />}
        {logo && (
          <Button size="small" type="link" onClick={() => onChange(null)}>
            {t('print.logo.remove')}
          </Button>
        )}
      </Flex>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Flex>
  );
}
