import { useMemo } from 'react';
import { App } from 'antd';
import type { ArgsProps as MessageArgs } from 'antd/es/message/interface';
import type { ArgsProps as NotificationArgs } from 'antd/es/notification/interface';

/** antd's own defaults, in seconds. */
const NOTIFICATION_SECONDS = 4.5;
const MESSAGE_SECONDS = 3;

type MessageContent = MessageArgs['content'] | MessageArgs;
type NoticeKind = 'info' | 'success' | 'warning' | 'error';
type MessageKind = NoticeKind | 'loading';

export interface Notices {
  notification: Record<NoticeKind | 'open', (args: NotificationArgs) => void> & { destroy: (key?: React.Key) => void };
  message: Record<MessageKind, (content: MessageContent, seconds?: number) => void> & { open: (args: MessageArgs) => void; destroy: (key?: React.Key) => void };
}

let lastKey = 0;
const newKey = (prefix: string) => `${prefix}-${++lastKey}`;

/**
 * Notifications and messages that close on a plain timer of ours. antd's own auto-close ticks
 * the notice's React state on every animation frame for as long as it is shown, and each tick
 * is an urgent update that restarts any deferred render in progress: with a 30 s notice on
 * screen, a 35,000-row table filter or the dashboard of a big show waited seconds (until React
 * stopped deferring). Here antd is asked for a notice that stays (`duration: 0`) and we close
 * it; a notification under the pointer stays until the pointer leaves, as antd's did.
 */
export function useNotices(): Notices {
  const { notification, message } = App.useApp();
  return useMemo(() => {
    const notify = (kind: NoticeKind | 'open') => (args: NotificationArgs) => {
      const key = args.key ?? newKey('notice');
      const seconds = args.duration === undefined ? NOTIFICATION_SECONDS : args.duration;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        if (seconds) timer = setTimeout(() => notification.destroy(key), seconds * 1000);
      };
      const props = {
        ...args.props,
        onMouseEnter: () => clearTimeout(timer),
        onMouseLeave: arm,
      } as NotificationArgs['props'];
      notification[kind]({
        ...args,
        key,
        duration: 0,
        props,
        onClose: () => {
          clearTimeout(timer);
          args.onClose?.();
        },
      });
      arm();
    };
    const show = (args: MessageArgs) => {
      const key = args.key ?? newKey('message');
      const seconds = args.duration === undefined ? MESSAGE_SECONDS : args.duration;
      void message.open({ ...args, key, duration: 0 });
      if (seconds) setTimeout(() => message.destroy(key), seconds * 1000);
    };
    const say = (type: MessageKind) => (content: MessageContent, seconds?: number) => {
      const args = typeof content === 'object' && content !== null && 'content' in content ? (content as MessageArgs) : { content: content as MessageArgs['content'] };
      show({ ...args, type, ...(seconds !== undefined ? { duration: seconds } : {}) });
    };
    return {
      notification: {
        info: notify('info'),
        success: notify('success'),
        warning: notify('warning'),
        error: notify('error'),
        open: notify('open'),
        destroy: (key?: React.Key) => notification.destroy(key),
      },
      message: {
        info: say('info'),
        success: say('success'),
        warning: say('warning'),
        error: say('error'),
        loading: say('loading'),
        open: show,
        destroy: (key?: React.Key) => message.destroy(key),
      },
    };
  }, [notification, message]);
}
