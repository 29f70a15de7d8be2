import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { editor, useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { api } from '../api/client';
import { appStateStore } from '../../panels/project/app-state';
import { runMenuCommand } from './commands';

/**
 * `body[data-ready]` is "true" once the app has settled: start-up decided, no project being
 * opened, and the open project's plan drawn by the canvas (or the empty state shown).
 * End-to-end tests wait on it, so it turns "false" again for every switch of project.
 */
export function useReadySignal(): void {
  const phase = useStore(appStateStore, (s) => s.phase);
  const opening = useStore(appStateStore, (s) => s.opening);
  const settled = useStore(appStateStore, (s) => s.settled);
  const handle = useDocument((s) => s.handle);
  const path = useDocument((s) => s.path);
  const drawn = useSession((s) => s.drawnHandle);
  const panels = useStore(appStateStore, (s) => s.panelsShown);
  const ready = phase === 'running' && opening === 0 && (handle === null || (drawn === handle && panels));
  useEffect(() => {
    if (ready) performance.mark('pavilion:ready');
    document.body.dataset.ready = ready ? 'true' : 'false';
    document.body.dataset.projectPath = path ?? '';
  }, [ready, path, settled, panels]);
}

/** Window title = the show's name (the desktop window follows document.title). */
export function useWindowTitle(): void {
  const { t, i18n } = useTranslation();
  const name = useDocument((s) => s.doc?.settings.name);
  useEffect(() => {
    const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
    document.title = pickText(name, lang) || t('app.name');
  }, [name, i18n.language, t]);
}

/** Desktop menu commands (browser mode has none; the subscription is then empty). */
export function useMenuCommands(): void {
  useEffect(() => api().onMenuCommand(runMenuCommand), []);
}

/**
 * Edits still queued when the page goes away: send them at once, and have the browser ask
 * before leaving while any are unconfirmed.
 */
export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!editor.hasUnsaved()) return;
      void editor.flush();
      e.preventDefault();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && editor.hasUnsaved()) void editor.flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
}
