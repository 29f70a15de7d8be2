import { useEffect, useReducer } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { setDrawingLayerVisible } from '../../../shared/editing/background';
import { isVectorAsset } from '../../cad/plan-underlay';
import { loadedVectorDrawing, onVectorDrawingLoaded, vectorDrawing } from '../../cad/vector-drawings';
import { useDocument } from '../../editor/instance';
import { runEdit } from '../../editor/edit-runner';
import { LayerChecks } from './DxfImportDialog';

/** The layers of a hall's vector drawing, each switched on or off as an undoable edit saved with the show. */
export function DrawingLayerList({ hallId }: { hallId: string }) {
  const { t } = useTranslation();
  const bg = useDocument((s) => s.doc?.halls[hallId]?.background ?? null);
  const asset = useDocument((s) => (bg ? s.doc?.assets[bg.assetId] : undefined));
  const handle = useDocument((s) => s.handle);
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onVectorDrawingLoaded(bump), []);
  if (!bg || !asset || !handle || !isVectorAsset(asset.mime)) return null;
  const loaded = loadedVectorDrawing(asset.id) ?? vectorDrawing(handle, asset);
  if (!loaded) return null;
  return (
    <div>
      <Typography.Text>{t('cadDrawing.layerPanel')}</Typography.Text>
      <LayerChecks
        drawing={loaded.drawing}
        hidden={bg.hiddenLayers}
        onChange={(next) => {
          const was = new Set(bg.hiddenLayers);
          const now = new Set(next);
          for (const l of loaded.drawing.layers) {
            if (was.has(l.name) !== now.has(l.name)) runEdit((doc) => setDrawingLayerVisible(doc, hallId, l.name, !now.has(l.name)));
          }
        }}
      />
    </div>
  );
}
