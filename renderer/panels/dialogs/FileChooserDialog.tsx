import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Alert, Breadcrumb, Button, Empty, Flex, Input, Modal, Space, Spin } from 'antd';
import { ArrowUpOutlined, FileOutlined, FolderOutlined, ProjectOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DirEntry, DirListing, Result } from '../../../shared/ipc/contract';
import { toUiError, type UiError } from '../../editor/host-errors';
import { ErrorDetails } from '../common/ErrorDetails';
import { breadcrumbs, isPlainFileName, isProjectPath, joinPath, withProjectExtension } from './paths';

export interface FileChooserProps {
  mode: 'open' | 'save';
  /** Folder to start in. */
  dir: string;
  suggestedName?: string;
  listDirectory(req: { dir: string | null }): Promise<Result<DirListing>>;
  /** The chosen path, or null when cancelled. */
  onDone(path: string | null): void;
}

const ORDER: Record<DirEntry['kind'], number> = { dir: 0, project: 1, file: 2 };
const ICON: Record<DirEntry['kind'], React.ReactNode> = { dir: <FolderOutlined />, project: <ProjectOutlined />, file: <FileOutlined /> };

/**
 * The in-page file chooser of browser mode (the desktop app uses the system dialogs):
 * browse folders through the host, pick a `.pavilion.json` to open, or name a file to save;
 * a typed path works too.
 */
export function FileChooserDialog({ mode, dir, suggestedName, listDirectory, onDone }: FileChooserProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [listing, setListing] = useState<DirListing | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<UiError | null>(null);
  const [typedPath, setTypedPath] = useState(dir);
  const [selected, setSelected] = useState<string | null>(null);
  const [fileName, setFileName] = useState(suggestedName ?? '');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  // Whether the user has typed in the path box since the last folder they went to. A listing
  // that arrives late (a busy machine) then leaves what they typed alone: what the user typed
  // wins over what the dialog would show.
  const typed = useRef(false);

  const show = useCallback((res: Result<DirListing>) => {
    if (res.ok) {
      const entries = [...res.value.entries].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.name.localeCompare(b.name, undefined, { numeric: true }));
      setListing({ ...res.value, entries });
      if (!typed.current) setTypedPath(res.value.dir);
      setSelected(null);
      setError(null);
    } else {
      setError(res.error);
    }
    setLoading(false);
  }, []);
  const fail = useCallback((e: unknown) => {
    setError(toUiError(e));
    setLoading(false);
  }, []);

  // Only the latest listing request may update the dialog (fast clicks overtake each other).
  const latest = useRef(0);
  const request = useCallback(
    (target: string) => {
      const id = ++latest.current;
      listDirectory({ dir: target }).then(
        (res) => id === latest.current && show(res),
        (e: unknown) => id === latest.current && fail(e),
      );
    },
    [listDirectory, show, fail],
  );
  const load = (target: string) => {
    // Going somewhere: the path box follows that folder again.
    typed.current = false;
    setLoading(true);
    request(target);
  };

  useEffect(() => {
    request(dir);
  }, [dir, request]);

  const here = listing?.dir ?? dir;

  const chooseSave = (name: string) => {
    if (!isPlainFileName(name)) {
      setNameProblem(t('fileChooser.fileNameRequired'));
      return;
    }
    const finalName = withProjectExtension(name);
    const target = joinPath(here, finalName);
    if (listing?.entries.some((e) => e.name === finalName)) {
      modal.confirm({
        title: t('fileChooser.overwrite', { name: finalName }),
        okText: t('fileChooser.replace'),
        okButtonProps: { danger: true },
        cancelText: t('dialog.cancel'),
        onOk: () => onDone(target),
      });
      return;
    }
    onDone(target);
  };

  const onOk = () => {
    if (mode === 'open') {
      if (selected) onDone(joinPath(here, selected));
    } else {
      chooseSave(fileName);
    }
  };

  const goTyped = () => {
    const p = typedPath.trim();
    if (!p) return;
    if (isProjectPath(p)) {
      onDone(p);
      return;
    }
    load(p);
  };

  const activate = (e: DirEntry, twice: boolean) => {
    if (e.kind === 'dir') {
      load(joinPath(here, e.name));
      return;
    }
    if (e.kind !== 'project') return;
    if (mode === 'open') {
      setSelected(e.name);
      if (twice) onDone(joinPath(here, e.name));
    } else {
      setFileName(e.name);
      setNameProblem(null);
    }
  };

  const okDisabled = mode === 'open' ? !selected : fileName.trim() === '';

  return (
    <Modal
      open
      title={t(mode === 'open' ? 'fileChooser.openTitle' : 'fileChooser.saveTitle')}
      onCancel={() => onDone(null)}
      onOk={onOk}
      okText={t(mode === 'open' ? 'fileChooser.open' : 'fileChooser.save')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ disabled: okDisabled }}
      width={640}
      destroyOnHidden
      maskClosable={false}
    >
      <Flex vertical gap={8} className="file-chooser" data-testid="file-chooser" data-dir={here} data-ready={listing !== null && !loading ? 'true' : 'false'}>
        <Flex gap={6} align="center">
          <Button icon={<ArrowUpOutlined />} aria-label={t('fileChooser.up')} title={t('fileChooser.up')} disabled={!listing?.parent || loading} onClick={() => listing?.parent && load(listing.parent)} />
          <Breadcrumb
            separator="›"
            style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}
            items={breadcrumbs(here).map((c) => ({
              key: c.path,
              title: (
                <a
                  href="#"
                  onClick={(ev) => {
                    ev.preventDefault();
                    load(c.path);
                  }}
                >
                  {c.label}
                </a>
              ),
            }))}
          />
        </Flex>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={t('fileChooser.path')}
            placeholder={t('fileChooser.path')}
            value={typedPath}
            onChange={(e) => {
              typed.current = true;
              setTypedPath(e.target.value);
            }}
            onPressEnter={goTyped}
          />
          <Button type="primary" onClick={goTyped}>
            {t('fileChooser.go')}
          </Button>
        </Space.Compact>
        {error && <Alert type="error" showIcon title={t('errors.title.browse')} description={<ErrorDetails error={error} />} />}
        <Spin spinning={loading}>
          <div className="file-chooser-list" role="listbox" aria-label={t('fileChooser.folders')} tabIndex={-1}>
            {listing && listing.entries.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fileChooser.empty')} />}
            {listing?.entries.map((e) => {
              const usable = e.kind !== 'file';
              const isSelected = mode === 'open' ? selected === e.name : fileName === e.name;
              return (
                <div
                  key={`${e.kind}:${e.name}`}
                  role="option"
                  aria-selected={isSelected}
                  aria-disabled={!usable}
                  tabIndex={usable ? 0 : -1}
                  className={`file-chooser-entry${isSelected ? ' is-selected' : ''}${usable ? '' : ' is-disabled'}`}
                  data-kind={e.kind}
                  title={!usable ? t('fileChooser.onlyProjects') : undefined}
                  onClick={() => usable && activate(e, false)}
                  onDoubleClick={() => usable && activate(e, true)}
                  onKeyDown={(ev) => {
                    if (ev.key === 'Enter' && usable) activate(e, true);
                  }}
                >
                  {ICON[e.kind]} <span>{e.name}</span>
                </div>
              );
            })}
          </div>
        </Spin>
        {mode === 'save' && (
          <Flex vertical gap={2}>
            <label htmlFor="file-chooser-name">{t('fileChooser.fileName')}</label>
            <Input
              id="file-chooser-name"
              value={fileName}
              status={nameProblem ? 'error' : undefined}
              onChange={(e) => {
                setFileName(e.target.value);
                setNameProblem(null);
              }}
              onPressEnter={() => chooseSave(fileName)}
              suffix={fileName && !isProjectPath(fileName) ? '.pavilion.json' : undefined}
            />
            {nameProblem && <span style={{ color: '#cf1322' }}>{nameProblem}</span>}
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}
