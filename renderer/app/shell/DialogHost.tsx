import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { AboutDialog } from '../../panels/dialogs/AboutDialog';
import { FileChooserDialog } from '../../panels/dialogs/FileChooserDialog';
import { NewProjectDialog } from '../../panels/dialogs/NewProjectDialog';
import { UserNameDialog } from '../../panels/dialogs/UserNameDialog';
import { api } from '../api/client';
import { dialogStore, showAboutDialog, showNewEditionDialog, showNewProjectDialog, showUserNameDialog } from '../../panels/project/dialog-state';
import { createProjectWithDialog, newEditionWithDialog } from '../../panels/project/project-actions';
import { useNotices } from '../../panels/common/use-notices';

const listDirectory = (req: { dir: string | null }) => api().listDirectory(req);
const getAppInfo = () => api().getAppInfo();

/** The app's dialogs, opened through `dialogStore` from commands and actions. */
export function DialogHost() {
  const { t } = useTranslation();
  const chooser = useStore(dialogStore, (s) => s.chooser);
  const newProject = useStore(dialogStore, (s) => s.newProject);
  const about = useStore(dialogStore, (s) => s.about);
  const userName = useStore(dialogStore, (s) => s.userName);
  const newEdition = useStore(dialogStore, (s) => s.newEdition);
  const { notification } = useNotices();
  const copySaved = useStore(dialogStore, (s) => s.copySaved);
  useEffect(() => {
    if (!copySaved) return;
    notification.success({ title: t('saveCopy.done'), description: t('saveCopy.where', { path: copySaved }), placement: 'bottomRight' });
    dialogStore.setState({ copySaved: null });
  }, [copySaved, notification, t]);
  return (
    <>
      <NewProjectDialog
        open={newProject}
        onCancel={() => showNewProjectDialog(false)}
        onSubmit={async (values) => {
          const ok = await createProjectWithDialog(values, t('newProject.defaultFileName'));
          if (ok) showNewProjectDialog(false);
          return ok;
        }}
      />
      <NewProjectDialog
        open={newEdition}
        titleKey="newEdition.title"
        introKey="newEdition.intro"
        onCancel={() => showNewEditionDialog(false)}
        onSubmit={async (values) => {
          const made = await newEditionWithDialog(values, t('newProject.defaultFileName'));
          if (!made) return false;
          showNewEditionDialog(false);
          notification.success({ title: t('newEdition.done'), description: t('newEdition.offered', { returning: made.returning, offered: made.offered }), placement: 'bottomRight' });
          return true;
        }}
      />
      {chooser && (
        <FileChooserDialog
          key={`${chooser.mode}:${chooser.dir}`}
          mode={chooser.mode}
          dir={chooser.dir}
          suggestedName={chooser.suggestedName}
          listDirectory={listDirectory}
          onDone={chooser.resolve}
        />
      )}
      <AboutDialog open={about} getAppInfo={getAppInfo} onClose={() => showAboutDialog(false)} />
      {userName && <UserNameDialog onClose={() => showUserNameDialog(false)} />}
    </>
  );
}
