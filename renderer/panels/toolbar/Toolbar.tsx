import type { ReactNode } from 'react';
import { Button, Divider, Flex, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';

export interface ToolbarItem {
  key: string;
  /** Translated label; also the accessible name. */
  label: string;
  icon: ReactNode;
  onClick(): void;
  disabled?: boolean;
  /** Longer hint (e.g. "Undo: Rename show"); the label when absent. */
  tooltip?: string;
  /** Shows the label next to the icon (file commands); icon-only otherwise. */
  showLabel?: boolean;
}

interface ToolbarProps {
  groups: ToolbarItem[][];
  language: Language;
  languages: readonly Language[];
  onLanguageChange(lng: Language): void;
  /** Controls placed after the command groups (e.g. the recent-projects menu). */
  extra?: ReactNode;
}

/** The top bar: groups of command buttons and the language switch. Knows no commands itself. */
export function Toolbar({ groups, language, languages, onLanguageChange, extra }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <Flex role="toolbar" aria-label={t('toolbar.label')} align="center" gap={4} wrap style={{ padding: '6px 10px' }}>
      {groups.map((group, gi) => (
        <Flex key={gi} align="center" gap={2}>
          {gi > 0 && <Divider orientation="vertical" style={{ height: 22, margin: '0 6px' }} />}
          {group.map((item) => (
            <Tooltip key={item.key} title={item.tooltip ?? item.label} mouseEnterDelay={0.5}>
              <Button
                type="text"
                icon={item.icon}
                aria-label={item.label}
                disabled={item.disabled}
                onClick={item.onClick}
                data-command={item.key}
              >
                {item.showLabel ? item.label : null}
              </Button>
            </Tooltip>
          ))}
        </Flex>
      ))}
      {extra}
      <div style={{ flex: 1 }} />
      <Select
        aria-label={t('toolbar.language')}
        title={t('toolbar.language')}
        value={language}
        onChange={onLanguageChange}
        style={{ width: 112 }}
        options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        popupMatchSelectWidth={false}
      />
    </Flex>
  );
}
