
import { useTranslation } from 'react-i18next';
import type { EditRun } from '../../editor/edit-runner';
import { useSession } from '../../editor/instance';
import { ErrorDetails } from '../common/ErrorDetails';
import { refusalError } from '../../editor/host-errors';
import { refusalText } from '../common/refusal-text';
import { useNotices } from '../common/use-notices';

/**
 * Shows how an assignment command went: refusals as one notification listing every booth
 * that stood in the way (role="alert", so it is announced), success as a short message.
 */
export function useFeedback() {
  const { notification, message } = useNotices();
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  return (outcome: EditRun, success?: string): boolean => {
    if (outcome.ok) {
      if (success) void message.success(success);
      return true;
    }
    if ('refusals' in outcome) {
      notification.error({
        title: t('exhibitorsUi.refusal.title'),
        description: (
          <ul className="refusal-list" data-testid="refusals">
            {outcome.refusals.slice(0, 12).map((r, i) => (
              <li key={i}>{refusalText(t, r, lang)}</li>
            ))}
            {outcome.refusals.length > 12 && <li>{t('exhibitorsUi.refusal.more', { count: outcome.refusals.length - 12 })}</li>}
          </ul>
        ),
        duration: 8,
        placement: 'topRight',
      });
      return false;
    }
    notification.error({ title: t('errors.title.edit'), description: <ErrorDetails error={'error' in outcome ? outcome.error : refusalError(outcome.refusal)} />, duration: 0, placement: 'topRight' });
    return false;
  };
}
