import { createStore } from 'zustand/vanilla';

export type SideTab = 'halls' | 'exhibitors' | 'zones' | 'allocation' | 'warnings' | 'dashboard';

/** Which tab of the side panel is shown, so a command (from the menu, say) can bring its panel forward. */
export const sideTabStore = createStore<{ tab: SideTab }>(() => ({ tab: 'halls' }));

export function showSideTab(tab: SideTab): void {
  if (sideTabStore.getState().tab !== tab) sideTabStore.setState({ tab });
}
