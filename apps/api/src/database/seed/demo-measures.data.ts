import type {
  CodeterminationInput,
  CreateMeasureInput,
  MeasureAssessmentInput,
} from '@leitplanken/shared';

const CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1'] as const;
type Code = (typeof CODES)[number];

/**
 * All ten sub-goals assessed: the given ones `supports` or `conflicts` with their justification,
 * the rest `neutral`; `open` ones are left unassessed.
 */
function assess(
  supports: Partial<Record<Code, string>>,
  options: { conflicts?: Partial<Record<Code, string>>; open?: Code[]; request?: Code[] } = {},
): MeasureAssessmentInput[] {
  return CODES.flatMap((code): MeasureAssessmentInput[] => {
    if (options.open?.includes(code)) return [];
    const support = supports[code];
    if (support) return [{ subGoalCode: code, rating: 'supports', justification: support }];
    const conflict = options.conflicts?.[code];
    if (conflict) {
      return [
        {
          subGoalCode: code,
          rating: 'conflicts',
          justification: conflict,
          requestException: options.request?.includes(code),
        },
      ];
    }
    return [{ subGoalCode: code, rating: 'neutral' }];
  });
}

export interface DemoMeasure {
  /** Department code, e.g. 'FB 3'. */
  department: string;
  fieldOfAction?: string;
  measure: Omit<CreateMeasureInput, 'departmentId' | 'fieldOfActionId'>;
  codetermination?: Omit<CodeterminationInput, 'version'>;
  /** Board decisions on conflicts: sub-goal code → reason. */
  acceptedExceptions?: Partial<Record<Code, string>>;
}

/**
 * About twenty measures as Bergisch Gladbach might track them (demo mode only): all four goals,
 * several departments, every status, every kind, a pass/warn/fail mix, co-determination records
 * and one counter closure accepted by the board as an exception.
 */
export const DEMO_MEASURES: DemoMeasure[] = [
  {
    department: 'FB 3',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Online-Wohnsitzanmeldung',
      description:
        'An-, Um- und Abmeldung des Wohnsitzes online mit der Online-Ausweisfunktion (OZG-Leistung „Wohnsitz anmelden“), angebunden an das Einwohnermeldeverfahren.',
      responsiblePerson: 'Sabine Krämer',
      status: 'in_progress',
      kind: 'legal_obligation',
      legalBasis: 'Onlinezugangsgesetz (OZG) § 1a',
      legalDeadline: '2026-12-31',
      plannedStart: '2025-03-01',
      plannedEnd: '2027-03-31',
      actualStart: '2025-03-15',
      budgetPlanned: 38_000,
      budgetSpent: 21_500,
      priority: 'high',
      public: true,
      assessments: assess({
        '1.2': 'Die Anmeldung läuft ohne Papier vom Antrag bis ins Fachverfahren.',
        '3.1': 'Rund um die Uhr von zu Hause aus erreichbar.',
      }),
      milestones: [
        { title: 'Anbindung an das Melderegister', dueOn: '2025-06-30', doneOn: '2025-07-10' },
        { title: 'Pilotbetrieb mit 100 Anmeldungen', dueOn: '2025-12-31', doneOn: '2026-01-20' },
        { title: 'Regelbetrieb und Bekanntmachung', dueOn: '2027-03-31', weight: 2 },
      ],
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: true },
        { channel: 'post', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 3',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Digitaler Bewohnerparkausweis',
      description:
        'Beantragung, Bezahlung und Ausstellung des Bewohnerparkausweises vollständig online; der Ausweis kommt per Post oder als digitaler Nachweis.',
      responsiblePerson: 'Thomas Lenz',
      status: 'completed',
      kind: 'legal_obligation',
      legalBasis: 'Onlinezugangsgesetz (OZG)',
      legalDeadline: '2025-12-31',
      plannedStart: '2024-10-01',
      plannedEnd: '2025-09-30',
      actualStart: '2024-10-01',
      actualEnd: '2025-08-29',
      budgetPlanned: 22_000,
      budgetSpent: 19_870.5,
      fundingProgramme: 'OZG-Umsetzung NRW (Einer-für-Alle)',
      fundingAmount: 8_000,
      priority: 'medium',
      public: true,
      assessments: assess({
        '1.2': 'Kein Medienbruch mehr zwischen Antrag, Bezahlung und Ausstellung.',
        '3.1': 'Einfacher Zugang über das Serviceportal der Stadt.',
      }),
      milestones: [
        { title: 'Formular und Bezahlfunktion', dueOn: '2025-03-31', doneOn: '2025-03-28' },
        { title: 'Freischaltung', dueOn: '2025-09-30', doneOn: '2025-08-29' },
      ],
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 3',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Gewerbeanmeldung online',
      description:
        'Gewerbe an-, um- und abmelden über das Unternehmenskonto; automatische Weitergabe an Finanzamt, IHK und Handwerkskammer.',
      responsiblePerson: 'Murat Yilmaz',
      status: 'in_progress',
      kind: 'legal_obligation',
      legalBasis: 'OZG und EU-Dienstleistungsrichtlinie (Single Digital Gateway)',
      legalDeadline: '2026-12-31',
      plannedStart: '2025-06-01',
      plannedEnd: '2027-06-30',
      budgetPlanned: 30_000,
      priority: 'high',
      public: true,
      assessments: assess(
        {
          '1.2': 'Weitergabe an die beteiligten Stellen ohne Papier.',
          '3.1': 'Unternehmen erledigen die Anmeldung über ihr Unternehmenskonto.',
        },
        { open: ['4.1'] },
      ),
      milestones: [
        { title: 'Anbindung Unternehmenskonto', dueOn: '2026-03-31', doneOn: '2026-04-15' },
        { title: 'Schnittstellen zu Kammern', dueOn: '2026-12-31' },
        { title: 'Regelbetrieb', dueOn: '2027-06-30' },
      ],
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: true },
        { channel: 'post', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 3',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Online-Terminvergabe Bürgerbüro',
      description:
        'Termine im Bürgerbüro Bensberg und Stadtmitte online buchen, mit Erinnerung per E-Mail; telefonische Buchung bleibt.',
      responsiblePerson: 'Sabine Krämer',
      status: 'completed',
      kind: 'voluntary',
      plannedStart: '2024-02-01',
      plannedEnd: '2024-09-30',
      actualStart: '2024-02-01',
      actualEnd: '2024-09-16',
      budgetPlanned: 9_500,
      budgetSpent: 8_900,
      priority: 'medium',
      public: true,
      assessments: assess({
        '3.1': 'Termine ohne Wartezeit am Telefon buchbar.',
        '3.3': 'Zusätzlicher Kanal neben Telefon und Schalter.',
        '3.2': 'Telefonische Buchung und offene Sprechzeiten am Schalter bleiben erhalten.',
        '1.1': 'Planbare Auslastung im Bürgerbüro.',
      }),
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'phone', availableBefore: true, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 3',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Fundbüro digital: Verlustmeldung online und telefonisch',
      description:
        'Verlust- und Fundmeldungen online mit Bildabgleich; die Sprechstunde am Schalter des Fundbüros entfällt, Abholung nach Termin.',
      responsiblePerson: 'Thomas Lenz',
      status: 'in_progress',
      kind: 'voluntary',
      plannedStart: '2026-02-01',
      plannedEnd: '2027-01-31',
      budgetPlanned: 6_000,
      priority: 'low',
      public: true,
      assessments: assess(
        {
          '3.1': 'Verlustmeldung jederzeit online, mit Foto.',
          '1.1': 'Weniger Schalterzeiten für wenige Vorsprachen.',
        },
        {
          conflicts: {
            '3.2': 'Die offene Sprechstunde am Schalter entfällt; Telefon und Termin bleiben.',
          },
        },
      ),
      milestones: [
        { title: 'Online-Formular mit Bildabgleich', dueOn: '2026-06-30', doneOn: '2026-06-12' },
        { title: 'Umstellung der Sprechzeiten', dueOn: '2027-01-31' },
      ],
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'phone', availableBefore: true, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: false },
      ],
    },
    acceptedExceptions: {
      '3.2':
        'Im Schnitt zwei Vorsprachen je Woche; telefonische Meldung und Abholung nach Termin bleiben möglich (Beschluss Verwaltungsvorstand).',
    },
  },
  {
    department: 'STS-D',
    fieldOfAction: 'Digitaler Arbeitsplatz',
    measure: {
      title: 'Einführung der E-Akte',
      description:
        'Elektronische Akte in allen Fachbereichen nach dem Organisationskonzept E-Akte; Einführung in Wellen, beginnend mit der Stabsstelle und FB 1.',
      responsiblePerson: 'Dr. Lena Hoffmann',
      status: 'in_progress',
      kind: 'upcoming_standard',
      legalBasis: 'E-Government-Gesetz NRW § 9 (elektronische Aktenführung)',
      plannedStart: '2024-01-01',
      plannedEnd: '2027-12-31',
      actualStart: '2024-02-01',
      budgetPlanned: 480_000,
      budgetSpent: 212_000,
      fundingProgramme: 'Förderprogramm Digitale Modellregionen NRW',
      fundingAmount: 150_000,
      priority: 'high',
      assessments: assess({
        '1.1': 'Schnellere Vorgänge, weniger Ablage und Transport.',
        '1.2': 'Grundlage für medienbruchfreie Bearbeitung.',
        '1.4': 'Suchen und Weiterleiten ohne Papierakte.',
      }),
      milestones: [
        { title: 'Organisationskonzept beschlossen', dueOn: '2024-06-30', doneOn: '2024-07-02' },
        {
          title: 'Welle 1: Stabsstelle und FB 1',
          dueOn: '2025-06-30',
          doneOn: '2025-09-30',
          weight: 2,
        },
        { title: 'Welle 2: FB 2 bis FB 5', dueOn: '2026-12-31', weight: 3 },
        { title: 'Welle 3: FB 6 bis FB 8', dueOn: '2027-12-31', weight: 3 },
      ],
    },
    codetermination: {
      relevance: 'co_determination',
      legalBasis: '§ 72 Abs. 3 Nr. 1 und Nr. 5 LPVG NRW',
      informedOn: '2023-10-05',
      discussedOn: '2023-11-14',
      consentRequestedOn: '2023-12-01',
      deadlineOn: '2024-01-15',
      decidedOn: '2024-01-10',
      result: 'consent_with_conditions',
      pilot: false,
      agreementTitle: 'Dienstvereinbarung E-Akte',
      agreementNumber: 'DV 1/2024',
      agreementValidFrom: '2024-02-01',
      position:
        'Zustimmung unter der Bedingung, dass keine Leistungs- und Verhaltenskontrolle über Protokolldaten erfolgt und Schulungen in der Arbeitszeit stattfinden.',
    },
  },
  {
    department: 'FB 6',
    fieldOfAction: 'Digitaler Arbeitsplatz',
    measure: {
      title: 'Digitale Bauakte',
      description:
        'Scan des Bauaktenarchivs (rund 60 000 Akten) und Bearbeitung neuer Verfahren ausschließlich digital.',
      responsiblePerson: 'Jörg Berger',
      status: 'in_progress',
      kind: 'voluntary',
      plannedStart: '2025-01-01',
      plannedEnd: '2026-09-30',
      actualStart: '2025-02-15',
      budgetPlanned: 260_000,
      budgetSpent: 190_000,
      priority: 'medium',
      assessments: assess({
        '1.1': 'Akteneinsicht ohne Gang ins Archiv.',
        '1.3': 'Verfahren werden beim Umstieg neu gestaltet.',
      }),
      milestones: [
        { title: 'Ausschreibung Scandienstleister', dueOn: '2025-04-30', doneOn: '2025-05-20' },
        { title: 'Scan Bestand A–K', dueOn: '2025-12-31', doneOn: '2026-02-27', weight: 2 },
        { title: 'Scan Bestand L–Z', dueOn: '2026-09-30', weight: 2 },
      ],
    },
  },
  {
    department: 'FB 6',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Bauantrag online (Virtuelles Bauamt)',
      description:
        'Bauanträge und Bauvoranfragen über das Portal „Bauportal.NRW“ einreichen; Beteiligung der Fachstellen digital.',
      responsiblePerson: 'Jörg Berger',
      status: 'in_progress',
      kind: 'legal_obligation',
      legalBasis: 'OZG; Landesbauordnung NRW § 70',
      legalDeadline: '2026-12-31',
      plannedStart: '2025-04-01',
      plannedEnd: '2027-06-30',
      budgetPlanned: 65_000,
      budgetSpent: 18_000,
      priority: 'high',
      public: true,
      assessments: assess({
        '3.1': 'Architektinnen und Bauherren reichen ohne Papier ein.',
        '1.2': 'Beteiligung der Fachstellen ohne Umlaufmappe.',
      }),
      milestones: [
        { title: 'Anbindung Bauportal.NRW', dueOn: '2025-12-31', doneOn: '2026-03-02' },
        { title: 'Digitale Beteiligung der Fachstellen', dueOn: '2026-12-31' },
        { title: 'Papierloser Bescheid', dueOn: '2027-06-30' },
      ],
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'post', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 1',
    fieldOfAction: 'Digitaler Arbeitsplatz',
    measure: {
      title: 'Telearbeit und mobiles Arbeiten',
      description:
        'Mobiles Arbeiten für alle geeigneten Arbeitsplätze, Ausstattung mit Notebooks und Softphones, Desk-Sharing im Rathaus Stadtmitte.',
      responsiblePerson: 'Claudia Wagner',
      status: 'completed',
      kind: 'voluntary',
      plannedStart: '2024-03-01',
      plannedEnd: '2025-06-30',
      actualStart: '2024-03-01',
      actualEnd: '2025-05-31',
      budgetPlanned: 320_000,
      budgetSpent: 305_400,
      priority: 'high',
      assessments: assess({
        '2.1': 'Flexible Arbeitsorte und -zeiten, weniger Büroflächen.',
        '1.4': 'Entlastung durch weniger Pendelzeiten.',
      }),
    },
    codetermination: {
      relevance: 'co_determination',
      legalBasis: '§ 72 Abs. 4 Nr. 1 LPVG NRW',
      informedOn: '2023-11-02',
      discussedOn: '2023-12-07',
      consentRequestedOn: '2024-01-08',
      deadlineOn: '2024-02-05',
      decidedOn: '2024-02-01',
      result: 'consent',
      pilot: true,
      agreementTitle: 'Dienstvereinbarung Mobiles Arbeiten',
      agreementNumber: 'DV 3/2024',
      agreementValidFrom: '2024-03-01',
      agreementValidUntil: '2027-02-28',
      position:
        'Zustimmung; Evaluation nach zwölf Monaten gemeinsam mit dem Personalrat, Freiwilligkeit bleibt gewahrt.',
    },
  },
  {
    department: 'FB 1',
    fieldOfAction: 'Personalgewinnung',
    measure: {
      title: 'Digitales Bewerbermanagement',
      description:
        'Bewerbungsportal mit Online-Bewerbung, Ausschreibung auf Karriereplattformen und digitalem Auswahlverfahren.',
      responsiblePerson: 'Claudia Wagner',
      status: 'in_progress',
      kind: 'voluntary',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-03-31',
      budgetPlanned: 45_000,
      budgetSpent: 12_000,
      priority: 'high',
      public: true,
      assessments: assess({
        '2.2':
          'Digitale Kommunikation mit Bewerberinnen und Bewerbern, Präsenz auf Karriereplattformen.',
        '1.1': 'Kürzere Besetzungsverfahren.',
      }),
      milestones: [
        { title: 'Auswahl des Bewerberportals', dueOn: '2026-04-30', doneOn: '2026-05-06' },
        { title: 'Online-Bewerbung für alle Ausschreibungen', dueOn: '2026-12-31' },
      ],
    },
    codetermination: {
      relevance: 'co_determination',
      legalBasis: '§ 72 Abs. 3 Nr. 1 LPVG NRW (technische Einrichtung)',
      informedOn: '2026-05-12',
      discussedOn: '2026-06-18',
      consentRequestedOn: '2026-10-28',
      deadlineOn: '2026-12-10',
      pilot: false,
      position:
        'Der Personalrat bittet vor seiner Entscheidung um das Löschkonzept und die Rollenbeschreibung für die Auswahlkommissionen.',
    },
  },
  {
    department: 'STS-D',
    fieldOfAction: 'Transparenz und Beteiligung',
    measure: {
      title: 'Neues Ratsinformationssystem',
      description:
        'Ablösung des Ratsinformationssystems: barrierefreie Vorlagen, Live-Stream-Verknüpfung und App für Ratsmitglieder.',
      responsiblePerson: 'Markus Schmitz',
      status: 'planned',
      kind: 'voluntary',
      plannedStart: '2027-01-01',
      plannedEnd: '2027-12-31',
      budgetPlanned: 90_000,
      priority: 'medium',
      public: true,
      assessments: assess({
        '4.1': 'Vorlagen, Beschlüsse und Sitzungen für alle einsehbar.',
        '1.2': 'Sitzungsdienst ohne Papierversand.',
      }),
    },
  },
  {
    department: 'STS-D',
    fieldOfAction: 'Transparenz und Beteiligung',
    measure: {
      title: 'Open-Data-Portal',
      description:
        'Veröffentlichung offener Verwaltungsdaten (Haushalt, Verkehr, Umwelt) über open.nrw mit eigener Übersicht.',
      responsiblePerson: 'Markus Schmitz',
      status: 'planned',
      kind: 'upcoming_standard',
      legalBasis: 'E-Government-Gesetz NRW § 16a (Open Data)',
      plannedStart: '2026-09-01',
      plannedEnd: '2027-08-31',
      budgetPlanned: 25_000,
      priority: 'low',
      public: true,
      assessments: assess({
        '4.1': 'Relevante Informationen werden früh und maschinenlesbar veröffentlicht.',
      }),
    },
  },
  {
    department: 'FB 7',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Chatbot ersetzt die Abfallberatungs-Hotline',
      description:
        'Ein Chatbot beantwortet Fragen zu Abfuhrterminen und Sperrmüll; die telefonische Abfallberatung soll entfallen.',
      responsiblePerson: 'Petra Neumann',
      status: 'planned',
      kind: 'voluntary',
      plannedStart: '2027-01-01',
      plannedEnd: '2027-09-30',
      budgetPlanned: 40_000,
      priority: 'low',
      assessments: assess(
        {
          '3.3': 'Neuer Kanal rund um die Uhr.',
          '1.1': 'Weniger Anrufe zu Standardfragen.',
        },
        {
          conflicts: {
            '3.2': 'Die Hotline entfällt; wer nicht online ist, verliert die Beratung.',
          },
          request: ['3.2'],
        },
      ),
      channels: [
        { channel: 'online', availableBefore: true, availableAfter: true },
        { channel: 'phone', availableBefore: true, availableAfter: false },
      ],
    },
  },
  {
    department: 'FB 1',
    fieldOfAction: 'Prozessmanagement',
    measure: {
      title: 'Einführung eines Prozessmanagements',
      description:
        'Prozesslandkarte der Stadtverwaltung, Modellierung der 50 häufigsten Prozesse in BPMN und Prozessverantwortliche je Fachbereich.',
      responsiblePerson: 'Dr. Stefan Vogel',
      status: 'in_progress',
      kind: 'voluntary',
      plannedStart: '2025-02-01',
      plannedEnd: '2027-12-31',
      actualStart: '2025-02-01',
      budgetPlanned: 70_000,
      budgetSpent: 31_000,
      priority: 'high',
      assessments: assess({
        '1.3':
          'Das Prozessmanagement selbst: Prozesse werden optimiert, Denken in Prozessen gefördert.',
        '1.4': 'Schlanke Prozesse entlasten die Mitarbeitenden.',
        '1.1': 'Ressourcen werden gezielt eingesetzt.',
      }),
      milestones: [
        { title: 'Prozesslandkarte', dueOn: '2025-06-30', doneOn: '2025-06-30' },
        { title: '25 Prozesse modelliert', dueOn: '2026-06-30', doneOn: '2026-08-14' },
        { title: '50 Prozesse modelliert', dueOn: '2027-06-30' },
        { title: 'Prozessverantwortliche benannt', dueOn: '2027-12-31' },
      ],
    },
    codetermination: {
      relevance: 'information',
      informedOn: '2025-01-20',
      pilot: false,
    },
  },
  {
    department: 'FB 2',
    fieldOfAction: 'Prozessmanagement',
    measure: {
      title: 'E-Rechnung (XRechnung) im Rechnungseingang',
      description:
        'Empfang und Bearbeitung elektronischer Rechnungen im Format XRechnung über das Rechnungseingangsportal, Workflow bis zur Anordnung.',
      responsiblePerson: 'Heike Brandt',
      status: 'completed',
      kind: 'legal_obligation',
      legalBasis: 'E-Rechnungsverordnung NRW; § 4a E-Government-Gesetz NRW',
      plannedStart: '2023-09-01',
      plannedEnd: '2024-12-31',
      actualStart: '2023-09-01',
      actualEnd: '2024-11-30',
      budgetPlanned: 55_000,
      budgetSpent: 51_200,
      priority: 'medium',
      assessments: assess({
        '1.1': 'Schnellere Zahlung, weniger Erfassungsaufwand.',
        '1.2': 'Rechnungen laufen ohne Ausdruck durch den Workflow.',
      }),
    },
  },
  {
    department: 'FB 4',
    fieldOfAction: 'IT-Infrastruktur',
    measure: {
      title: 'WLAN in allen Schulen',
      description:
        'Flächendeckendes WLAN in den 40 städtischen Schulen, gefördert aus dem DigitalPakt Schule. Leitplanken-Bewertung steht noch aus.',
      responsiblePerson: 'Andreas Roth',
      status: 'in_progress',
      kind: 'voluntary',
      plannedStart: '2024-08-01',
      plannedEnd: '2026-07-31',
      actualStart: '2024-09-01',
      budgetPlanned: 1_250_000,
      budgetSpent: 980_000,
      fundingProgramme: 'DigitalPakt Schule',
      fundingAmount: 900_000,
      priority: 'medium',
      milestones: [
        { title: 'Grundschulen', dueOn: '2025-07-31', doneOn: '2025-08-22', weight: 2 },
        { title: 'Weiterführende Schulen', dueOn: '2026-07-31', weight: 3 },
      ],
    },
  },
  {
    department: 'FB 5',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'Kita-Platz online anmelden',
      description:
        'Vormerkung für einen Betreuungsplatz über den Kita-Navigator, mit Rückmeldung der Einrichtungen im Portal.',
      responsiblePerson: 'Nadine Özdemir',
      status: 'in_progress',
      kind: 'legal_obligation',
      legalBasis: 'Onlinezugangsgesetz (OZG)',
      legalDeadline: '2026-12-31',
      plannedStart: '2025-09-01',
      plannedEnd: '2026-12-31',
      budgetPlanned: 28_000,
      budgetSpent: 17_500,
      priority: 'high',
      public: true,
      assessments: assess({
        '3.1': 'Eltern melden ihr Kind von zu Hause aus an.',
        '1.2': 'Vormerkungen landen direkt bei den Einrichtungen.',
      }),
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'phone', availableBefore: true, availableAfter: true },
        { channel: 'counter', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 1',
    fieldOfAction: 'Digitaler Arbeitsplatz',
    measure: {
      title: 'Digitaler Posteingang mit zentraler Scanstelle',
      description:
        'Eingehende Briefpost wird zentral gescannt und elektronisch an die Fachbereiche verteilt.',
      responsiblePerson: 'Dr. Stefan Vogel',
      status: 'planned',
      kind: 'voluntary',
      plannedStart: '2027-01-01',
      plannedEnd: '2027-12-31',
      budgetPlanned: 110_000,
      priority: 'medium',
      assessments: assess({
        '1.2': 'Papierpost wird am Eingang digital.',
        '1.1': 'Keine Hauspost mehr zwischen den Standorten.',
      }),
    },
    codetermination: {
      relevance: 'co_determination',
      legalBasis: '§ 72 Abs. 3 Nr. 4 LPVG NRW (Arbeitsorganisation)',
      informedOn: '2026-09-02',
      discussedOn: '2026-09-24',
      consentRequestedOn: '2026-10-01',
      deadlineOn: '2026-11-15',
      pilot: false,
      position:
        'Offene Fragen zur Leistungskontrolle über das Scanprotokoll; Erörterung beantragt.',
    },
  },
  {
    department: 'FB 7',
    fieldOfAction: 'Transparenz und Beteiligung',
    measure: {
      title: 'Mängelmelder',
      description:
        'Bürgerinnen und Bürger melden Schlaglöcher, defekte Laternen und wilden Müll online mit Foto; der Bearbeitungsstand ist öffentlich.',
      responsiblePerson: 'Petra Neumann',
      status: 'completed',
      kind: 'voluntary',
      plannedStart: '2024-04-01',
      plannedEnd: '2024-12-31',
      actualStart: '2024-04-01',
      actualEnd: '2024-12-09',
      budgetPlanned: 15_000,
      budgetSpent: 14_200,
      priority: 'low',
      public: true,
      assessments: assess({
        '3.3': 'Zusätzlicher Meldeweg mit Foto und Ortsangabe.',
        '4.1': 'Der Bearbeitungsstand jeder Meldung ist öffentlich einsehbar.',
      }),
      channels: [
        { channel: 'online', availableBefore: false, availableAfter: true },
        { channel: 'phone', availableBefore: true, availableAfter: true },
      ],
    },
  },
  {
    department: 'FB 2',
    fieldOfAction: 'Digitale Bürgerservices',
    measure: {
      title: 'ePayment für Verwaltungsgebühren',
      description:
        'Gebühren online und am Schalter per Karte, PayPal und giropay bezahlen; Buchung direkt im Finanzverfahren.',
      responsiblePerson: 'Heike Brandt',
      status: 'paused',
      kind: 'voluntary',
      plannedStart: '2025-05-01',
      plannedEnd: '2027-04-30',
      budgetPlanned: 35_000,
      budgetSpent: 9_000,
      priority: 'medium',
      assessments: assess({
        '3.1': 'Bezahlen ohne Überweisungsträger.',
        '1.2': 'Zahlungen werden automatisch zugeordnet.',
      }),
      milestones: [{ title: 'Vergabe Zahlungsdienstleister', dueOn: '2025-10-31' }],
    },
  },
  {
    department: 'FB 6',
    fieldOfAction: 'Transparenz und Beteiligung',
    measure: {
      title: 'Online-Beteiligung zur Stadtentwicklung',
      description:
        'Beteiligungsplattform für Bebauungspläne; abgebrochen zugunsten der landesweiten Plattform „Beteiligung NRW“.',
      responsiblePerson: 'Jörg Berger',
      status: 'cancelled',
      kind: 'voluntary',
      plannedStart: '2025-01-01',
      plannedEnd: '2025-12-31',
      budgetPlanned: 20_000,
      budgetSpent: 2_500,
      priority: 'low',
      assessments: assess({ '4.1': 'Frühe Beteiligung an Planverfahren.' }),
    },
  },
  {
    department: 'FB 1',
    fieldOfAction: 'Digitaler Arbeitsplatz',
    measure: {
      title: 'Digitale Personalakte',
      description:
        'Personalakten werden elektronisch geführt; Beschäftigte sehen ihre Akte im Mitarbeiterportal ein.',
      responsiblePerson: 'Claudia Wagner',
      status: 'planned',
      kind: 'voluntary',
      plannedStart: '2027-04-01',
      plannedEnd: '2028-03-31',
      budgetPlanned: 60_000,
      priority: 'medium',
      assessments: assess({
        '1.4': 'Einsicht und Anträge ohne Termin in der Personalabteilung.',
        '2.1': 'Zeitgemäße Arbeitsbedingungen in der Personalverwaltung.',
      }),
    },
    codetermination: { relevance: 'to_check', pilot: false },
  },
];
