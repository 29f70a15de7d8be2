import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { clipText } from '../../../shared/text/clip';

interface BoundaryProps {
  /** Locale key naming the area in the message ("The plan", "The inspector"…). */
  area: string;
  /** When any of these change (another show, another revision), the area is tried again. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

const sameKeys = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((v, i) => Object.is(v, b[i])));

/**
 * Keeps one part of the window from taking the whole window down: a failure while drawing it
 * (a show no validation foresaw, a bug) replaces only that part with a message saying what went
 * wrong and a way to try again, while the toolbar, the other panels and saving keep working.
 * The show itself lives in the host and is not touched.
 */
export class AreaBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (sameKeys(props.resetKeys, state.keys)) return null;
    return { keys: props.resetKeys, error: null };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Pavilion: ${this.props.area} failed to draw`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <AreaFailure area={this.props.area} error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

function AreaFailure({ area, error, onRetry }: { area: string; error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="area-failure" role="alert" data-testid="area-failure">
      <Alert
        type="error"
        showIcon
        title={t('errors.boundary.title', { area: t(area) })}
        description={
          <>
            <p>{t('errors.boundary.message')}</p>
            <p className="area-failure-detail">{clipText(error.message || error.name, 300)}</p>
          </>
        }
        action={
          <Button size="small" onClick={onRetry}>
            {t('errors.boundary.retry')}
          </Button>
        }
      />
    </div>
  );
}
