import type { Example, ExampleSystem } from './example.ts';

// ── Brazil: a distribution centre in Cajamar, São Paulo ─────────────────────────────────────

const brTimeClock: ExampleSystem = {
  entry: {
    id: 'pontobio-time-clock',
    name: 'PontoBio facial and fingerprint time clock',
    vendor: 'Registra Tecnologia Ltda., cloud service hosted in São Paulo',
    category: 'biometrics',
    purpose: 'Records entry, exit and breaks by face or fingerprint at the gates and in the canteen, and feeds the payroll and the hours bank.',
    affected: 'About 1,100 warehouse operatives, forklift drivers and team leaders on three shifts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Fingerprint templates, a face template, clock-in and clock-out times, gate and canteen access, and the photo taken at each punch.',
    },
    purpose: {
      status: 'partly',
      words: 'Working-time recording and payroll. Management admitted that gate records were used to check who was at the assembly at the main gate in October.',
      note: 'The October assembly check is the members\' main grievance. Purpose clause first.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Yes, biometric templates.',
    },
    'special-category-basis': {
      status: 'partly',
      words: '"Fraud prevention in identification, Art. 11 II g." No less intrusive option was assessed; badges were dropped because of "buddy punching".',
      note: 'Ask for the number of buddy-punching cases. A badge with PIN is the obvious alternative.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legal-obligation',
      words: 'The duty to record working time under the CLT, and Art. 11 II g for the biometrics.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A notice at the gate and a clause in the employment contract. Nothing on the photo at each punch or on access logs.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the gates and the canteen terminals.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Gate logs are given to security for investigations, and were checked after the October assembly.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"The company does not monitor union activity, and will not discuss security procedures."',
      note: 'The assembly check is exactly that. Bring the e-mail from security to the next meeting.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'HR does not know whether the terminals can do temperature screening or face search on camera images.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores: it only records times.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Late punches are docked automatically from the hours bank; a supervisor can reverse them.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can ask the supervisor to correct a punch within the month.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The shift supervisor, who has the right to correct a punch "if the system allows it".',
      note: 'Members report that supervisors say they cannot change anything. Test it.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'Tolerance of five minutes per punch, ten per day; anything beyond goes to the hours bank.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing. Some workers with worn fingerprints fail to punch.',
      note: 'Older and darker-skinned colleagues say the face reader fails more often. Collect cases.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Punctuality counts for the quarterly attendance bonus.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Registra\'s cloud in São Paulo; templates are also held on each terminal.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'No, all in Brazil.',
    },
    'internal-access': {
      status: 'partly',
      words: 'HR, payroll and supervisors see the punches; security sees gate logs. Who sees the photos was not known.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Registra Tecnologia hosts and supports the system.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'A service contract exists; management will not show it, "it is confidential".',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'The encarregado would report to the ANPD. Nothing for the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Punches are kept for five years; templates "while the employee works here". Photos: no rule.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Workers see their punches on the self-service kiosk.',
    },
    'br-access-statement': {
      status: 'answered',
      choice: 'no',
      words: 'HR will answer requests "as soon as possible" but will not accept requests filed through the union.',
      note: 'Art. 18 §3 allows a representative. Prepare signed mandates from members of the night shift.',
    },
    'br-encarregado': {
      status: 'follow-up',
      words: 'The group\'s encarregado is in the head office; HR will send the contact details.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'The supervisor corrects punches; deletion of templates only on leaving.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'No one knew whether Registra deletes templates from the terminals.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Not known whether Registra uses the face images to improve its recognition.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"The ANPD has not asked for one."',
      note: 'True: only the ANPD can require it. So the joint assessment must be in the agreement.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was told when the terminals were installed.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: 'The system is already in use.',
    },
    'br-collective-agreement': {
      status: 'partly',
      choice: 'yes',
      words: 'Management is open to a clause on the time clock in the acordo coletivo, "not on security".',
      note: 'Art. 611-A X (recording of working time): the clause on punches can go in the agreement.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const brPickRank: ExampleSystem = {
  entry: {
    id: 'pickrank-productivity',
    name: 'PickRank productivity scoring in the warehouse management system',
    vendor: 'Logix WMS, a module of the group\'s warehouse management system',
    category: 'performance',
    purpose: 'Scores each picker on lines per hour and errors, ranks them weekly, and decides who qualifies for the productivity bonus and for overtime shifts.',
    affected: 'About 800 pickers and packers.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scanner logs (every scan with time and location in the aisles), idle time, error rates, the weekly rank.',
    },
    purpose: {
      status: 'answered',
      words: 'Productivity management, the bonus and the allocation of overtime.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Our legitimate interest in productivity."',
    },
    'br-legitimate-interest-record': {
      status: 'refused',
      words: '"Internal compliance documents are not shared."',
      note: 'Art. 37 requires the record. Ask whether it exists, in writing.',
    },
    'objection-route': {
      status: 'answered',
      words: 'None: the scanner is a work tool.',
      note: 'Objection is a right only against unlawful processing (Art. 18 §2). Negotiate a procedure.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Workers know the ranking exists; nothing written on how it is computed.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Scanners are handed in at the end of the shift.',
    },
    'secondary-uses': {
      status: 'partly',
      choice: 'yes',
      words: 'The rank is "taken into account" in warnings for low performance.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The module can estimate "fatigue risk" from scan rhythm; not switched on.',
      note: 'A fatigue score would be health data. No switch-on without agreement.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly score and rank per picker, and a "low performer" flag after three weeks in the bottom 10%.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No: scanners record scans, not voices or faces.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Bonus eligibility and the overtime roster are set by the rank with no one checking.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"The bonus policy is part of the employment contract."',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review: "the numbers are the numbers".',
      note: 'Art. 20 gives a right to review on request, but not by a person. Human review must be in the agreement.',
    },
    'logic-explanation': {
      status: 'refused',
      words: 'The weighting of idle time and errors is "Logix\'s know-how".',
      note: 'Art. 20 §1: criteria and procedures on request. Members to request them individually; the ANPD can audit (§2).',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether the targets were tested against workers with restrictions from the company doctor.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'A target of 120 lines per hour, raised to 135 in peak season.',
      note: 'Repetitive strain injuries rose in the peak. Link with the CIPA.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The productivity bonus is paid to the top 60% of the rank.',
      note: 'Art. 611-A IX: the criteria of productivity pay can be set in the agreement.',
    },
    'job-impact': {
      status: 'follow-up',
      words: 'Management will say at the next meeting whether the planned picking robots will reduce headcount.',
    },
    'storage-location': {
      status: 'answered',
      words: 'The group\'s data centre in Curitiba, with a copy at the WMS vendor\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor\'s support and analytics cloud is in the United States.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'IT did not know what contract covers the transfer.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Operations managers, team leaders and HR.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Logix WMS for support and analytics.',
    },
    'vendor-contract': {
      status: 'unknown',
      words: 'The contract is managed by the group IT department.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: 'Only anonymised productivity benchmarks go to Logix.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Group incident procedure; the ANPD and workers are told where required.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Scanner logs 12 months, weekly ranks 5 years.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Workers see their weekly rank on the scanner; not the underlying logs.',
    },
    'br-access-statement': {
      status: 'answered',
      choice: 'yes',
      words: 'HR accepts the 15-day statement, including for mandated requests.',
    },
    'br-encarregado': {
      status: 'answered',
      words: 'The group encarregado, reachable at the privacy e-mail published on the intranet.',
    },
    'correction-deletion': {
      status: 'refused',
      words: '"The scores are calculated, not entered: there is nothing to correct."',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Ranks kept five years after leaving for labour claims.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Logix uses anonymised scan data to tune its targets for all customers.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'The group privacy team started an assessment after the union raised the issue.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'Not planned.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A summary when finished.',
    },
    'union-information': {
      status: 'refused',
      words: 'The scoring model will not be shown.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Willing to discuss the bonus rules, not the scoring.',
    },
    'br-collective-agreement': {
      status: 'answered',
      choice: 'no',
      words: 'The scoring is a management prerogative.',
      note: 'Push for the bonus criteria in the acordo coletivo (611-A IX) in the renewal.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'Targets are reviewed each year before peak season.',
    },
  },
};

const example: Example = {
  key: 'br',
  id: 'example-br',
  meta: {
    union: 'Sindicato dos Trabalhadores em Armazéns e Logística de Cajamar e Região',
    employer: 'Rota Sul Logística Ltda.',
    workplace: 'Cajamar distribution centre, São Paulo',
    date: '2026-11-19',
    round: 'First meeting on the renewal of the acordo coletivo',
    present:
      'Union: Márcia Oliveira (president), Edson Pereira and Luana Santos (workplace delegates). Management: Ricardo Albuquerque (site director), Fernanda Costa (HR manager), Tiago Moreira (IT).',
  },
  systems: [brTimeClock, brPickRank],
};

export default example;
