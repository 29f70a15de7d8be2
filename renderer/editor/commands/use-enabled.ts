import { useCallback, useSyncExternalStore } from 'react';
import type { CommandId } from '../../../shared/commands/catalog';
import { editor } from '../instance';
import { sessionStore } from '../session-store';
import { toolStore } from '../tools/tool-store';
import { command } from './registry';

const subscribe = (onChange: () => void): (() => void) => {
  const offs = [editor.store.subscribe(onChange), sessionStore.subscribe(onChange), toolStore.subscribe(onChange)];
  return () => offs.forEach((off) => off());
};

/**
 * Which of these commands can run now, as a set; the component re-renders only when that
 * answer changes (not on every pointer move or edit).
 */
export function useEnabledCommands(ids: readonly CommandId[]): ReadonlySet<CommandId> {
  const key = ids.join(' ');
  const snapshot = useCallback(() => key.split(' ').filter((id) => id && command(id as CommandId).enabled()).join(' '), [key]);
  const enabled = useSyncExternalStore(subscribe, snapshot, snapshot);
  return new Set(enabled.split(' ').filter(Boolean) as CommandId[]);
}
