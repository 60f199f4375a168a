import type { Channel, Health } from '../enums.schema.js';

/** Formatting for the explanation texts only; the figures themselves stay unrounded. */

const numberDe = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const numberEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const NBSP = '\u00a0';

export function numDe(value: number): string {
  return numberDe.format(value);
}
export function numEn(value: number): string {
  return numberEn.format(value);
}
/** "52,5 %" (German, non-breaking space before %). */
export function pctDe(value: number): string {
  return `${numDe(value)}${NBSP}%`;
}
/** "52.5%" */
export function pctEn(value: number): string {
  return `${numEn(value)}%`;
}

/** `2026-03-31` → `31.03.2026` */
export function dayDe(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** "a, b und c" */
export function listDe(items: readonly string[]): string {
  return joinList(items, 'und');
}
/** "a, b and c" */
export function listEn(items: readonly string[]): string {
  return joinList(items, 'and');
}
function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

export function healthDe(health: Health): string {
  switch (health) {
    case 'on_track':
      return 'im Plan';
    case 'at_risk':
      return 'gefährdet';
    case 'off_track':
      return 'kritisch';
  }
}
export function healthEn(health: Health): string {
  switch (health) {
    case 'on_track':
      return 'on track';
    case 'at_risk':
      return 'at risk';
    case 'off_track':
      return 'off track';
  }
}

export function channelDe(channel: Channel): string {
  switch (channel) {
    case 'online':
      return 'Online';
    case 'phone':
      return 'Telefon';
    case 'counter':
      return 'Schalter/Bürgerbüro';
    case 'post':
      return 'Post/Brief';
  }
}
export function channelEn(channel: Channel): string {
  switch (channel) {
    case 'online':
      return 'online';
    case 'phone':
      return 'phone';
    case 'counter':
      return "counter/citizens' office";
    case 'post':
      return 'post/letter';
  }
}
