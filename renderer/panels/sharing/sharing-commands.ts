import { registerCommands } from '../../editor/commands/registry';
import { sharingStore } from '../../sync/sharing';

/** Only an admin of the shared show manages people (the server checks it again on each call). */
export function canManagePeople(): boolean {
  const s = sharingStore.getState();
  return s.status !== 'off' && s.me?.role === 'admin';
}

registerCommands({
  // A show already shared is not shared again (leave it first); the command needs an open show.
  'file.shareHere': { enabled: () => sharingStore.getState().status === 'off', run: () => sharingStore.setState({ dialog: 'here' }) },
  'file.sharingPeople': { enabled: canManagePeople, run: () => sharingStore.setState({ peopleDialog: true }) },
});
