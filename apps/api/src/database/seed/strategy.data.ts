/**
 * The E-Government strategy of Bergisch Gladbach, verbatim from
 * docs/strategy/leitbild-und-strategische-ziele.txt (a test compares the two).
 */
export const STRATEGY_SEED = {
  title: 'E-Government-Strategie',
  adoptedOn: '2020-08-20',
  vision:
    'Bergisch Gladbach – In der Papierstadt zur digitalen Verwaltung: Die Verwaltung der Stadt präsentiert sich als modern, bürgernah sowie serviceorientiert und wird als attraktiver Arbeitgeber wahrgenommen. Die Stadtverwaltung bietet einen transparenten, bürgernahen und schnellen Service – digital und analog. BürgerInnen und Wirtschaft nutzen regelmäßig und rechtssicher digitale Angebote der Stadt. Sie eröffnet mit Hilfe der Digitalisierung eine einheitliche, niedrigschwellige und kundenorientierte Anlaufstelle.',
  goals: [
    {
      number: 1,
      title: 'Effizienteres Verwaltungshandeln',
      subGoals: [
        {
          code: '1.1',
          text: 'Die Stadt achtet im „E-Government-Prozess“ auf Effizienz in den Verwaltungsprozessen und auf den Einsatz von Ressourcen.',
        },
        { code: '1.2', text: 'Die Bürgeranliegen werden überwiegend medienbruchfrei realisiert.' },
        {
          code: '1.3',
          text: 'Mit der Digitalisierung werden Prozesse optimiert. Die Stadt richtet ein effizientes Prozessmanagement ein und fördert prozessorientiertes Denken.',
        },
        {
          code: '1.4',
          text: 'Die Stadt entlastet ihre MitarbeiterInnen, in dem sie die Prozesse effizient und schlank gestaltet.',
        },
      ],
    },
    {
      number: 2,
      title: 'Arbeitgeberattraktivität',
      subGoals: [
        {
          code: '2.1',
          text: 'Die Stadt bietet moderne und zeitgemäße Arbeitsbedingungen wie flexible Arbeitszeitmodelle oder Teleheimarbeit und berücksichtigt dabei eine effiziente und zukunftsfähige Flächen- und Raumnutzung.',
        },
        {
          code: '2.2',
          text: 'Die Kommunikation mit (potentiellen) externen BewerberInnen wird digitalisiert. Die Stadt betreibt digitales Recruiting und präsentiert sich auf entsprechenden Plattformen als Arbeitgeberin.',
        },
      ],
    },
    {
      number: 3,
      title: 'Digitale Services für Bürger und Unternehmen',
      subGoals: [
        {
          code: '3.1',
          text: 'Die Stadt ermöglicht einen einfachen Zugang zu den digitalen Services.',
        },
        {
          code: '3.2',
          text: 'Die Stadt unterstützt den digitalen Zugang und bleibt auch analog offen, um niemanden zurückzulassen.',
        },
        {
          code: '3.3',
          text: 'Die Stadt erweitert ihre Dienstleistungsqualität um weitere Kanäle.',
        },
      ],
    },
    {
      number: 4,
      title: 'Beteiligung und Transparenz',
      subGoals: [
        {
          code: '4.1',
          text: 'Die Transparenz des Verwaltungshandelns wird nach innen und außen gestärkt. Neben dem Einsatz passender Beteiligungsformate und der Implementierung eines nachhaltigen Veränderungsmanagements werden relevante Informationen transparent dargestellt, früh kommuniziert und durch entsprechende Medien publiziert.',
        },
      ],
    },
  ],
} as const;
