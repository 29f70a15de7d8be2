import { registerCommands } from '../../editor/commands/registry';
import { sharingStore } from '../../sync/sharing';

/** Only an admin of the shared show manages people (the server checks it again on each call). */
export function canManagePeople(): boolean {
  const s = sharingStore.getState();
  return s.status !== 'off' && s.me?.role === 'admin';
}

registerCommands({
  'file.sharingPeople': { enabled: canManagePeople, run: () => sharingStore.setState({ peopleDialog: true }) },
});
