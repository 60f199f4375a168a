import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALOG_CHANNELS, type Channel } from '@leitplanken/shared';
import { Checkbox } from '@/components/ui/checkbox';
import { Fieldset } from '@/components/ui/fieldset';
import { CHANNELS, channelId, type ChannelValue } from './measure-form-values';

/** Each service channel, available before and after the measure. */
export function ChannelFields({
  values,
  errorAt,
  onChange,
}: {
  values: Record<Channel, ChannelValue>;
  errorAt: (id: string) => string | undefined;
  onChange: (values: Record<Channel, ChannelValue>) => void;
}) {
  const { t } = useTranslation('measures');
  const headingId = useId();
  const set = (channel: Channel, patch: Partial<ChannelValue>) =>
    onChange({ ...values, [channel]: { ...values[channel], ...patch } });
  return (
    <section className="lp-form__section" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>
        {t('form.sections.channels')}
      </h2>
      <p className="kern-body lp-section__intro">{t('form.channelsIntro')}</p>
      <div className="lp-channel-grid">
        {CHANNELS.map((channel) => {
          const value = values[channel];
          const removed = ANALOG_CHANNELS.includes(channel) && value.before && !value.after;
          return (
            <Fieldset
              key={channel}
              id={channelId(channel)}
              legend={t(`enums.channel.${channel}`)}
              error={errorAt(channelId(channel))}
              hint={removed ? t('form.channelRemoved') : undefined}
            >
              <Checkbox
                label={t('form.channelBefore')}
                checked={value.before}
                onChange={(event) => set(channel, { before: event.target.checked })}
              />
              <Checkbox
                label={t('form.channelAfter')}
                checked={value.after}
                onChange={(event) => set(channel, { after: event.target.checked })}
              />
            </Fieldset>
          );
        })}
      </div>
    </section>
  );
}
