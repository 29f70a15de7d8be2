import { Button, Empty, Flex } from 'antd';
import { ExperimentOutlined, FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  onNew(): void;
  onOpen(): void;
  onSample(): void;
}

/** Shown when no project is open: the three ways to get one. */
export function EmptyState({ onNew, onOpen, onSample }: Props) {
  const { t } = useTranslation();
  return (
    <Flex className="empty-state" data-testid="empty-state" vertical align="center" justify="center" style={{ height: '100%' }}>
      <Empty
        description={
          <>
            <h2 style={{ fontWeight: 600 }}>{t('empty.title')}</h2>
            <p>{t('empty.hint')}</p>
          </>
        }
      >
        <Flex gap={8} justify="center" wrap>
          <Button type="primary" icon={<FileAddOutlined />} onClick={onNew}>
            {t('empty.new')}
          </Button>
          <Button icon={<FolderOpenOutlined />} onClick={onOpen}>
            {t('empty.open')}
          </Button>
          <Button icon={<ExperimentOutlined />} onClick={onSample}>
            {t('empty.sample')}
          </Button>
        </Flex>
      </Empty>
    </Flex>
  );
}
