import type { ReactNode } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import {
  AimOutlined,
  AppstoreAddOutlined,
  BorderOutlined,
  CompressOutlined,
  DragOutlined,
  EnvironmentOutlined,
  GatewayOutlined,
  OrderedListOutlined,
  PictureOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  SelectOutlined,
} from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { command, type CommandId } from '../../app/shell/commands';
import { toolStore, type EditorTool } from '../../editor/tools/tool-store';
import { useDocument } from '../../editor/instance';

interface Entry {
  id: CommandId;
  icon: ReactNode;
  tool?: EditorTool;
}

const ENTRIES: Entry[] = [
  { id: 'tool.select', icon: <SelectOutlined />, tool: 'select' },
  { id: 'tool.pan', icon: <DragOutlined />, tool: 'pan' },
  { id: 'view.zoomToFit', icon: <CompressOutlined /> },
  { id: 'tool.hall', icon: <GatewayOutlined />, tool: 'hall' },
  { id: 'tool.booth', icon: <BorderOutlined />, tool: 'booth' },
  { id: 'tool.polygonBooth', icon: <AimOutlined />, tool: 'polygon-booth' },
  { id: 'tool.block', icon: <AppstoreAddOutlined />, tool: 'block' },
  { id: 'tool.facility', icon: <EnvironmentOutlined />, tool: 'facility' },
  { id: 'tool.background', icon: <PictureOutlined />, tool: 'calibrate' },
  { id: 'edit.renumber', icon: <OrderedListOutlined /> },
  { id: 'layout.check', icon: <SafetyCertificateOutlined /> },
  { id: 'help.shortcuts', icon: <QuestionCircleOutlined /> },
];

/** The tool column on the left of the plan; each button runs the registered command. */
export function ToolPalette() {
  const { t } = useTranslation();
  const active = useStore(toolStore, (s) => s.tool);
  const readOnly = useDocument((s) => s.readOnly);
  return (
    <Flex vertical gap={2} role="toolbar" aria-orientation="vertical" aria-label={t('editor.palette')} className="editor-palette">
      {ENTRIES.map((e) => {
        const c = command(e.id);
        const label = t(c.labelKey);
        const key = c.shortcuts[0];
        const hint = key ? `${label} (${key.mod ? 'Ctrl+' : ''}${key.shift ? 'Shift+' : ''}${key.key.toUpperCase()})` : label;
        const editing = e.id !== 'tool.select' && e.id !== 'tool.pan' && e.id !== 'view.zoomToFit' && e.id !== 'help.shortcuts';
        return (
          <Tooltip key={e.id} title={hint} placement="right" mouseEnterDelay={0.4}>
            <Button
              type={e.tool && active === e.tool ? 'primary' : 'text'}
              icon={e.icon}
              aria-label={label}
              aria-pressed={e.tool ? active === e.tool : undefined}
              data-command={e.id}
              disabled={readOnly && editing}
              onClick={c.run}
            />
          </Tooltip>
        );
      })}
    </Flex>
  );
}
