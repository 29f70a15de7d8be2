import { registerCommands } from '../../editor/commands/registry';
import { editor } from '../../editor/instance';
import { showSideTab } from '../common/side-tabs';
import { showView } from '../workspace/workspace-state';
import { openDraw } from './draw-state';
import { acceptPlacements, hasProposal, isRunning, rejectProposal, startAllocation } from './allocation-actions';

const writable = () => !editor.store.getState().readOnly;

/** Brings the allocation panel forward, where progress, the proposal and its reasons are shown. */
function reveal(): void {
  showView('plan');
  showSideTab('allocation');
}

// Allocation, registered with the app's commands (menu Tools, the allocation panel's buttons).
registerCommands({
  'allocation.spaceDraw': {
    enabled: () => writable(),
    run: () => {
      showView('plan');
      openDraw(true);
    },
  },
  'allocation.propose': {
    enabled: () => writable() && !isRunning(),
    run: () => {
      reveal();
      startAllocation('greedy');
    },
  },
  'allocation.optimise': {
    enabled: () => writable() && !isRunning(),
    run: () => {
      reveal();
      startAllocation('optimise');
    },
  },
  'allocation.acceptAll': {
    enabled: () => writable() && hasProposal(),
    run: () => {
      reveal();
      acceptPlacements({});
    },
  },
  'allocation.reject': {
    enabled: () => hasProposal(),
    run: () => {
      reveal();
      rejectProposal();
    },
  },
});
