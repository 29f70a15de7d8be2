import { Button, Divider, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands/catalog';
import { command } from '../../editor/commands/registry';
import { useEnabledCommands } from '../../editor/commands/use-enabled';
import { useDocument } from '../../editor/instance';
import { COMMAND_ICONS } from '../toolbar/command-icons';
import { commandHint } from './ToolPalette';

const GROUPS: CommandId[][] = [
  ['edit.copy', 'edit.paste', 'edit.duplicate', 'edit.delete'],
  ['edit.rotate', 'edit.merge', 'edit.split'],
  ['edit.alignLeft', 'edit.alignCentre', 'edit.alignRight', 'edit.alignTop', 'edit.alignMiddle', 'edit.alignBottom'],
  ['edit.distributeH', 'edit.distributeV'],
  ['edit.selectAll', 'hall.delete'],
];
const IDS = GROUPS.flat();

/** The selection's commands as buttons under the tool options: every arrange command is one click away. */
export function ArrangeBar() {
  const { t } = useTranslation();
  const enabled = useEnabledCommands(IDS);
  const readOnly = useDocument((s) => s.readOnly);
  if (readOnly) return null;
  return (
    <Flex role="toolbar" aria-label={t('editor.arrange')} className="editor-arrange" align="center" gap={0} wrap>
      {GROUPS.map((g, gi) => (
        <Flex key={gi} align="center">
          {gi > 0 && <Divider orientation="vertical" style={{ height: 18, margin: '0 4px' }} />}
          {g.map((id) => {
            const c = command(id);
            const label = t(c.labelKey);
            return (
              <Tooltip key={id} title={commandHint(label, id)} mouseEnterDelay={0.4}>
                <Button size="small" type="text" icon={COMMAND_ICONS[id]} aria-label={label} data-command={id} disabled={!enabled.has(id)} danger={id === 'hall.delete'} onClick={() => c.run({ via: 'toolbar' })} />
              </Tooltip>
            );
          })}
        </Flex>
      ))}
    </Flex>
  );
}
