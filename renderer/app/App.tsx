import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { FONT_STACK } from '../editor/fonts';
import { usePrefersReducedMotion } from './reduced-motion';
import { Shell } from './shell/Shell';

/**
 * Providers around the shell: antd's theme and locale follow the app's language; its
 * animations follow the system's reduced-motion setting.
 */
export function App() {
  const { i18n } = useTranslation();
  const still = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={i18n.language === 'zh-CN' ? zhCN : enUS} theme={{ token: { fontFamily: FONT_STACK, borderRadius: 4, motion: !still } }}>
      {/* Notices open below the toolbar so they never cover its controls. */}
      <AntApp className="app-root" notification={{ top: 56, placement: 'topRight' }}>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
