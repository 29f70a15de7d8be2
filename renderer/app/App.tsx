import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { FONT_STACK } from '../editor/fonts';
import { usePrefersReducedMotion } from './reduced-motion';
import { Shell } from './shell/Shell';

/**
 * Providers around the shell: antd's theme and locale follow the app's language; its
 * animations follow the system's reduced-motion setting. antd runs in its zero-runtime mode:
 * its components' styles come from its prebuilt sheet (imported first in boot.tsx) instead of
 * being generated from the theme as each kind of component first renders, which was about a
 * tenth of the main thread's work before a show's plan was drawn at start. Our token choices
 * still apply, as the CSS variables that sheet reads.
 */
export function App() {
  const { i18n } = useTranslation();
  const still = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={i18n.language === 'zh-CN' ? zhCN : enUS} theme={{ zeroRuntime: true, token: { fontFamily: FONT_STACK, borderRadius: 4, motion: !still } }}>
      {/* Notices open below the toolbar so they never cover its controls. */}
      <AntApp className="app-root" notification={{ top: 56, placement: 'topRight' }}>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
