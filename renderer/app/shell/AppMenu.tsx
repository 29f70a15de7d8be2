import { useState } from 'react';
import type { TFunction } from 'i18next';
import { Button, Dropdown, type MenuProps } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { COMMAND_CATALOG, type MenuSection } from '../../../shared/commands/catalog';
import { command } from './commands';
import { COMMAND_ICONS } from '../../panels/toolbar/command-icons';

const SECTIONS: readonly MenuSection[] = ['file', 'edit', 'arrange', 'view', 'tools', 'help'];

/**
 * The desktop menu inside the window: every command that has a place in the menu bar, in the
 * same sections (opened by a click, which a touch screen has too), so a command is reachable where no native menu is (the app in a browser, a
 * kiosk) and by its visible name. Enabled states and labels are read when the menu opens
 * (asking every command whether it is enabled on each render of the toolbar was ~50 ms of
 * the window's start).
 */
export function AppMenu() {
  const { t } = useTranslation();
  const [items, setItems] = useState<MenuProps['items']>([]);
  return (
    <Dropdown trigger={['click']} onOpenChange={(open) => open && setItems(menuItems(t))} menu={{ items, triggerSubMenuAction: 'click', onClick: ({ key }) => command(key as (typeof COMMAND_CATALOG)[number]['id']).run({ via: 'menu' }) }}>
      <Button type="text" icon={<MenuOutlined />} aria-label={t('menu.label')} title={t('menu.label')}>
        {t('menu.label')}
      </Button>
    </Dropdown>
  );
}

/** The menu's sections and commands as they are now: labels in the current language, enabled states. */
function menuItems(t: TFunction): MenuProps['items'] {
  return SECTIONS.map((section) => ({
    key: `section:${section}`,
    label: t(`menu.${section}`),
    children: COMMAND_CATALOG.filter((c) => 'menu' in c && c.menu === section).map((c) => ({
      key: c.id,
      icon: COMMAND_ICONS[c.id],
      label: t(`commands.${c.id}`),
      disabled: !command(c.id).enabled(),
    })),
  }));
}
