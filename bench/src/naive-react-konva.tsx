import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import { useState } from 'react';
import type { Camera } from '../../renderer/editor/camera';
import { STATUS_FILL } from '../../renderer/editor/status-colors';
import type { BBox } from '../../shared/geometry/polygon';
import type { BoothStatus } from '../../shared/model/entities';
import { flatBooths, VIEWPORT, type FlatBooth } from './world';
import { painted, type Variant } from './variant';

interface State {
  booths: FlatBooth[];
  cam: Camera;
  selected: Set<string>;
  dragging: Set<string>;
  dx: number;
  dy: number;
}

function Booth({ b, selected, dx, dy }: { b: FlatBooth; selected: boolean; dx: number; dy: number }) {
  return (
    <Group x={b.x + dx} y={b.y + dy}>
      <Rect width={b.w} height={b.h} fill={STATUS_FILL[b.status as BoothStatus] ?? '#ddd'} stroke={selected ? '#1f5fff' : '#5c6670'} strokeWidth={selected ? 0.4 : 0.1} />
      <Text text={b.name ? `${b.number}\n${b.name}` : b.number} width={b.w} height={b.h} align="center" verticalAlign="middle" fontSize={0.6} fill="#1d2329" />
    </Group>
  );
}

/**
 * Baseline: the obvious react-konva plan. One Group/Rect/Text per booth, the camera in React
 * state (every pan step re-renders the tree), Konva's default listening layers.
 */
export function naiveReactKonvaVariant(container: HTMLDivElement): Variant {
  const root = createRoot(container);
  let setState: ((s: State) => void) | null = null;
  let state: State = { booths: [], cam: { scale: 1, x: 0, y: 0 }, selected: new Set(), dragging: new Set(), dx: 0, dy: 0 };

  function App({ initial }: { initial: State }) {
    const [s, set] = useState(initial);
    setState = set;
    return (
      <Stage width={VIEWPORT.width} height={VIEWPORT.height} x={s.cam.x} y={s.cam.y} scaleX={s.cam.scale} scaleY={s.cam.scale}>
        <Layer>
          {s.booths.map((b) => {
            const moving = s.dragging.has(b.id);
            return <Booth key={b.id} b={b} selected={s.selected.has(b.id)} dx={moving ? s.dx : 0} dy={moving ? s.dy : 0} />;
          })}
        </Layer>
      </Stage>
    );
  }

  const put = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    // As an event handler would: the update renders now, Konva draws on its next frame.
    flushSync(() => setState!(state));
  };

  return {
    async show(doc, cam) {
      state = { ...state, booths: flatBooths(doc).booths, cam };
      flushSync(() => root.render(<App initial={state} />));
      await painted();
    },
    gesture(cam) {
      put({ cam });
    },
    async jump(cam) {
      put({ cam });
      await painted();
    },
    crisp: () => Promise.resolve(),
    click(sx, sy) {
      const { cam } = state;
      const wx = (sx - cam.x) / cam.scale;
      const wy = (sy - cam.y) / cam.scale;
      let hit: string | null = null;
      for (const b of state.booths) if (wx >= b.x && wx <= b.x + b.w && wy >= b.y && wy <= b.y + b.h) hit = b.id;
      put({ selected: new Set(hit ? [hit] : []) });
      return hit;
    },
    band(r: BBox) {
      const ids = state.booths.filter((b) => b.x + b.w >= r.minX && b.x <= r.maxX && b.y + b.h >= r.minY && b.y <= r.maxY).map((b) => b.id);
      put({ selected: new Set(ids) });
      return ids.length;
    },
    dragStart(ids) {
      put({ dragging: new Set(ids), selected: new Set(ids), dx: 0, dy: 0 });
    },
    dragStep(dx, dy) {
      put({ dx: state.dx + dx, dy: state.dy + dy });
    },
    dragEnd() {
      put({ dragging: new Set(), selected: new Set(), dx: 0, dy: 0 });
    },
    assign(_op, next) {
      put({ booths: flatBooths(next).booths });
    },
    destroy() {
      root.unmount();
    },
  };
}
