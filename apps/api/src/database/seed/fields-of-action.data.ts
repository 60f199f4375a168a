/** The fields of action (Handlungsfelder) a new installation starts with; admins change them. */
export const FIELDS_OF_ACTION_SEED = [
  'Digitale Bürgerservices',
  'Digitaler Arbeitsplatz',
  'Prozessmanagement',
  'Personalgewinnung',
  'Transparenz und Beteiligung',
  'IT-Infrastruktur',
] as const;
