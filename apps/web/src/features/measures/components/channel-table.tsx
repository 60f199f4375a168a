import { useTranslation } from 'react-i18next';
import type { MeasureChannel } from '@leitplanken/shared';
import { Icon } from '@/components/ui/icon';
import { Table } from '@/components/ui/table';

function change(c: MeasureChannel): 'added' | 'removed' | 'kept' | 'none' {
  if (c.availableBefore && c.availableAfter) return 'kept';
  if (c.availableBefore) return 'removed';
  if (c.availableAfter) return 'added';
  return 'none';
}

/** Service channels before and after the measure; a removed one is flagged in words. */
export function ChannelTable({ channels }: { channels: readonly MeasureChannel[] }) {
  const { t } = useTranslation('measures');
  if (channels.length === 0) return <p className="kern-body">{t('page.noChannels')}</p>;
  const yesNo = (value: boolean) => t(value ? 'common:yes' : 'common:no');
  return (
    <Table
      caption={t('page.channelsCaption')}
      hideCaption
      rows={channels}
      rowKey={(c) => c.channel}
      columns={[
        {
          key: 'channel',
          header: t('page.channel'),
          rowHeader: true,
          cell: (c) => t(`enums.channel.${c.channel}`),
        },
        { key: 'before', header: t('page.before'), cell: (c) => yesNo(c.availableBefore) },
        { key: 'after', header: t('page.after'), cell: (c) => yesNo(c.availableAfter) },
        {
          key: 'change',
          header: t('page.change'),
          cell: (c) => {
            const kind = change(c);
            return kind === 'removed' ? (
              <strong className="lp-channel-removed">
                <Icon name="warning" /> {t('page.channelChange.removed')}
              </strong>
            ) : (
              t(`page.channelChange.${kind}`)
            );
          },
        },
      ]}
    />
  );
}
