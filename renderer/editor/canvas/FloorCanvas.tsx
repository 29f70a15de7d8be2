import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../instance';
import { FloorView } from './floor-view';
import { cameraStore, zoomAt } from '../camera';
import { installTestHooks } from './test-hooks';
import { registerBoothAt, registerTargetAt } from '../assignment/plan-hit';
import { planPointHooks } from './tools/plan-points';

/**
 * The one React component of the plan: it owns a DOM node and hands it to `FloorView`, which
 * draws with Konva directly. React re-renders this only for the selection
 * attribute and the number of booths an allocation proposal outlines (both read by tests).
 */
export function FloorCanvas({ keysBlocked }: { keysBlocked?: () => boolean }) {
  // Read through a ref: the plan's view is built once, the guard may change.
  const blocked = useRef(keysBlocked);
  useEffect(() => {
    blocked.current = keysBlocked;
  }, [keysBlocked]);
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<FloorView | null>(null);
  const { t } = useTranslation();
  const selection = useSession((s) => s.selection);
  const proposed = useSession((s) => s.proposed.size);

  useEffect(() => {
    const v = new FloorView(ref.current!, { keysBlocked: () => blocked.current?.() ?? false });
    const uninstall = installTestHooks({
      boothScreenPoint: (id) => v.boothScreenPoint(id),
      peerOutlines: () => v.peerOutlines(),
      setScale: (s) => {
        const cam = cameraStore.getState();
        v.gestureCamera(zoomAt(cam, s / cam.scale, cam.viewport.width / 2, cam.viewport.height / 2));
      },
      ...planPointHooks(() => v.currentScene(), ref.current!),
    });
    const unregister = registerBoothAt((x, y) => v.boothAtClient(x, y));
    const unregisterTarget = registerTargetAt((x, y) => v.targetAtClient(x, y));
    setView(v);
    return () => {
      unregister();
      unregisterTarget();
      uninstall();
      v.destroy();
      setView(null);
    };
  }, []);

  useEffect(() => {
    view?.setTranslator((key) => t(key));
  }, [view, t]);

  return (
    <div
      ref={ref}
      className="floor-canvas"
      data-testid="floor-canvas"
      data-selected={selection.join(',')}
      data-proposed={proposed}
      aria-label={t('canvas.label')}
      role="application"
      style={{ position: 'absolute', inset: 0, overflow: 'hidden', touchAction: 'none', background: '#e9edf1' }}
    />
  );
}
