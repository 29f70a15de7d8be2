import { useDocument } from '../../editor/instance';
import { BackgroundDialog } from './BackgroundDialog';
import { DxfImportDialog } from '../cad/DxfImportDialog';
import { ConvertDrawingDialog } from '../cad/ConvertDrawingDialog';
import { BlockDialog } from './BlockDialog';
import { LayoutCheckPanel } from './LayoutCheckPanel';
import { RenumberDialog, ShortcutsDialog } from './MoreDialogs';
import { CalibrateDialog, HallDialog } from './PromptDialogs';
import { ToolOptions } from './ToolOptions';
import { ToolPalette } from './ToolPalette';
import { ConfirmDialog } from './ConfirmDialog';
import { ExpiredHoldsDialog } from '../assignment/ExpiredHoldsDialog';
import { SpaceDrawPanel } from '../allocation/SpaceDrawPanel';
import './editor.css';

/** Everything the floor plan editor floats over the plan: tools, options, dialogs, check results. */
export function EditorOverlays() {
  const hasDoc = useDocument((s) => s.doc !== null);
  if (!hasDoc) return null;
  return (
    <>
      <ToolPalette />
      <ToolOptions />
      <LayoutCheckPanel />
      <BlockDialog />
      <HallDialog />
      <CalibrateDialog />
      <BackgroundDialog />
      <DxfImportDialog />
      <ConvertDrawingDialog />
      <RenumberDialog />
      <ShortcutsDialog />
      <ConfirmDialog />
      <ExpiredHoldsDialog />
      <SpaceDrawPanel />
    </>
  );
}
