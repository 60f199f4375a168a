/** The departments (Fachbereiche) a new installation starts with; admins rename and extend them. */
export const DEPARTMENTS_SEED = [
  { code: 'STS-D', name: 'Stabsstelle Digitalisierung und E-Government' },
  { code: 'FB 1', name: 'Zentrale Dienste, Personal und Organisation' },
  { code: 'FB 2', name: 'Finanzen' },
  { code: 'FB 3', name: 'Recht, Sicherheit und Ordnung' },
  { code: 'FB 4', name: 'Bildung, Kultur, Schule und Sport' },
  { code: 'FB 5', name: 'Jugend und Soziales' },
  { code: 'FB 6', name: 'Stadtentwicklung und Bauaufsicht' },
  { code: 'FB 7', name: 'Umwelt und Technik' },
  { code: 'FB 8', name: 'Immobilienbetrieb' },
] as const;
