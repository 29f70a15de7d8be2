import type { HostDialogs, PavilionServices } from '../services/pavilion-services';

/**
 * Browser mode has no native dialogs: both choices are made in the page's own file chooser,
 * which starts in the folder of the most recent show (or the documents folder).
 */
export function browserDialogs(services: Pick<PavilionServices, 'chooserStartDir'>): HostDialogs {
  return {
    chooseProjectToOpen: async () => ({ kind: 'in-app', dir: await services.chooserStartDir() }),
    chooseProjectSaveLocation: async () => ({ kind: 'in-app', dir: await services.chooserStartDir() }),
  };
}
