import { Button, Flex, Tooltip } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { shortcutText, type CommandId } from '../../../shared/commands/catalog';
import { command } from '../../editor/commands/registry';
import { useEnabledCommands } from '../../editor/commands/use-enabled';
import { toolStore, type EditorTool } from '../../editor/tools/tool-store';
import { COMMAND_ICONS } from '../toolbar/command-icons';

interface Entry {
  id: CommandId;
  tool?: EditorTool;
}

const ENTRIES: Entry[] = [
  { id: 'tool.select', tool: 'select' },
  { id: 'tool.pan', tool: 'pan' },
  { id: 'view.zoomToFit' },
  { id: 'tool.hall', tool: 'hall' },
  { id: 'tool.booth', tool: 'booth' },
  { id: 'tool.polygonBooth', tool: 'polygon-booth' },
  { id: 'tool.block', tool: 'block' },
  { id: 'tool.facility', tool: 'facility' },
  { id: 'tool.background', tool: 'calibrate' },
  { id: 'tool.convertDrawing' },
  { id: 'edit.renumber' },
  { id: 'layout.check' },
  { id: 'help.shortcuts' },
];
const IDS = ENTRIES.map((e) => e.id);

/** Hint with the first shortcut, e.g. "Booth (B)". */
export function commandHint(label: string, id: CommandId): string {
  const key = command(id).shortcuts[0];
  return key ? `${label} (${shortcutText(key)})` : label;
}

/** The tool column on the left of the plan; each button runs the registered command. */
export function ToolPalette() {
  const { t } = useTranslation();
  const active = useStore(toolStore, (s) => s.tool);
  const enabled = useEnabledCommands(IDS);
  return (
    <Flex vertical gap={2} role="toolbar" aria-orientation="vertical" aria-label={t('editor.palette')} className="editor-palette">
      {ENTRIES.map((e) => {
        const c = command(e.id);
        const label = t(c.labelKey);
        return (
          <Tooltip key={e.id} title={commandHint(label, e.id)} placement="right" mouseEnterDelay={0.4}>
            <Button
              type={e.tool && active === e.tool ? 'primary' : 'text'}
              icon={COMMAND_ICONS[e.id]}
              aria-label={label}
              aria-pressed={e.tool ? active === e.tool : undefined}
              data-command={e.id}
              disabled={!enabled.has(e.id)}
              onClick={() => c.run({ via: 'toolbar' })}
            />
          </Tooltip>
        );
      })}
    </Flex>
  );
}
