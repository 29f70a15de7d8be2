import { useState, type ReactNode } from 'react';
import { Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { shortcutText } from '../../../shared/commands/catalog';
import { planTargetAtClient } from '../../editor/assignment/plan-hit';
import { contextCommands, type PlanTarget } from '../../editor/commands/registry';
import { select, selectFacilities, sessionStore } from '../../editor/session-store';
import { COMMAND_ICONS } from '../toolbar/command-icons';

interface Open {
  x: number;
  y: number;
  target: PlanTarget;
}

/** Right-clicking a booth or facility acts on it: it becomes the selection unless already part of it. */
function adoptTarget(target: PlanTarget): void {
  const s = sessionStore.getState();
  if (target.kind === 'booth' && target.id && !(s.selection.length === 1 && s.selection[0] === target.id)) select([target.id]);
  if (target.kind === 'facility' && target.id && !(s.facilities.length === 1 && s.facilities[0] === target.id)) selectFacilities([target.id]);
}

/**
 * The plan's right-click menu: the registry's commands for what was clicked (a booth, the
 * selection, a facility, a hall's floor, the empty floor), each with its shortcut.
 */
export function PlanContextMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);

  const onContextMenu = (e: React.MouseEvent) => {
    const target = planTargetAtClient(e.clientX, e.clientY);
    if (!target) return;
    e.preventDefault();
    adoptTarget(target);
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    setOpen({ x: e.clientX - box.left, y: e.clientY - box.top, target });
  };

  const items: MenuProps['items'] = open
    ? contextCommands(open.target.kind).map((c) => ({
        key: c.id,
        icon: COMMAND_ICONS[c.id],
        label: t(c.labelKey),
        extra: c.shortcuts[0] ? shortcutText(c.shortcuts[0]) : undefined,
        disabled: !c.enabled({ via: 'context', target: open.target }),
        danger: c.id === 'edit.delete' || c.id === 'hall.delete',
      }))
    : [];

  return (
    <div className="plan-context" onContextMenu={onContextMenu} style={{ position: 'relative', width: '100%', height: '100%' }}>
      {children}
      {open && (
        <Dropdown
          open
          onOpenChange={(o) => !o && setOpen(null)}
          menu={{
            items,
            'aria-label': t('editor.context.label'),
            onClick: ({ key }) => {
              const c = contextCommands(open.target.kind).find((x) => x.id === key);
              setOpen(null);
              c?.run({ via: 'context', target: open.target });
            },
          }}
        >
          <span data-testid="plan-context-anchor" style={{ position: 'absolute', left: open.x, top: open.y, width: 1, height: 1 }} />
        </Dropdown>
      )}
    </div>
  );
}
