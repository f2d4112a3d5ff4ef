import type { Example, ExampleSystem } from './example.ts';

// ── Quebec: a grocery distribution centre in Boucherville ───────────────────────────────────

const qcPalmClock: ExampleSystem = {
  entry: {
    id: 'biopoint-palm-clock-in',
    name: 'BioPoint palm-vein time clocks',
    vendor: 'Systèmes BioPoint inc., Laval',
    category: 'biometrics',
    purpose: 'Palm-vein readers at the staff entrance and the break room record start, break and end times for payroll.',
    affected: 'About 540 order pickers, loaders and maintenance staff on three shifts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'A palm-vein template, employee number, each clocking with the reader used, and a photo taken at each clocking.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'provincial',
      words: 'A Quebec grocery distributor with no interprovincial transport of its own: provincially regulated.',
    },
    purpose: {
      status: 'answered',
      words: 'Payroll and stopping "buddy punching".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Palm-vein templates are biometric.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Templates are encrypted on the reader. HR could not say who at BioPoint can reach them.',
    },
    'qc-biometric-express-consent': {
      status: 'answered',
      choice: 'no-express-consent',
      words: 'Enrolment is part of the first day. "Everyone has agreed; nobody has refused."',
      note: 'No consent form and no alternative. Two members who asked for a PIN code were told to enrol.',
    },
    'qc-biometric-cai-declaration': {
      status: 'unknown',
      words: 'The HR director did not know whether the system was declared to the Commission d\'accès à l\'information.',
      note: 'Ask the person in charge of the protection of personal information for the declaration and its date.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Employees consent at enrolment."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'A poster beside the readers says "Biometric clocking in use".',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the readers.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Late and long-break reports go to supervisors for discipline.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The readers can also open doors and take a photo at each clocking. The photo is on; door control is off.',
      note: 'The photo was never mentioned to anyone. Add it to the list of functions to switch off.',
    },
    'qc-identify-locate-profile': {
      status: 'answered',
      choice: 'on-by-default',
      words: 'The reader identifies the worker and records where they clocked; the photo function was on from installation.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'Times only.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"It reads veins, not faces."',
      note: 'Then why a photo? Ask.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'A late clocking is flagged; the supervisor decides on a deduction or a warning.',
    },
    'human-review': {
      status: 'answered',
      choice: 'always',
      words: 'The supervisor checks every flag before payroll.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The shift supervisor, who can cancel the flag if the reader failed.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'More than three minutes after the start of the shift, or a break over 30 minutes, is flagged.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known. Readers fail more often for workers with calloused hands, management accepts.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Late minutes are deducted, and three flags in a month cancel the attendance premium.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No job changed."',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on the readers; clockings on a server in Boucherville.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Everything stays in Quebec."',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR, payroll and supervisors see clockings; BioPoint technicians service the readers.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'BioPoint maintains the readers and the server.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'A maintenance contract that says nothing about personal information.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"Nobody else."',
    },
    'breach-notice': {
      status: 'partly',
      words: 'There is a register of confidentiality incidents; "it has never been needed". No commitment to tell the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Templates stay on the readers "until someone deletes them".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Requests go to the person in charge of the protection of personal information; answered within 30 days.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'Supervisors correct missed clockings. No procedure to delete a template while still employed.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Nobody knows whether templates are deleted when someone leaves.',
      note: 'The IT Framework Act (s. 44) requires destruction once the purpose ends. Ask BioPoint for proof.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'BioPoint says the templates never leave the readers and train nothing.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No privacy impact assessment: "the readers were bought in 2022".',
      note: 'The s. 3.3 duty applies to any overhaul too. The 2025 upgrade that added the photo counts.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was told the week the readers went in.',
    },
    consultation: {
      status: 'refused',
      words: '"Timekeeping is a management right."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const qcPickRate: ExampleSystem = {
  entry: {
    id: 'cadence-voice-picking',
    name: 'Cadence voice picking and performance',
    vendor: 'Cadence WMS Corp. (Ohio), through Intégration Logistique Rive-Sud',
    category: 'performance',
    purpose: 'Headsets direct order pickers by voice; the system measures each picker against an engineered standard and issues automatic warnings.',
    affected: 'About 380 order pickers on the dry-grocery and frozen floors.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Every pick and its time, location in the warehouse by aisle, voice commands, idle time, and a daily performance percentage.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'provincial',
      words: 'As for BioPoint: provincially regulated.',
    },
    purpose: {
      status: 'partly',
      words: 'Directing the work and measuring productivity. The warnings are "part of the progressive discipline policy".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Voice commands are not kept as recordings."',
      note: 'Ask whether voice templates are trained per picker: that would be biometric.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"It is how the work is done."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Pickers were trained on the headset; the performance standard and the warnings were announced in a memo.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Headsets are returned at the end of the shift.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Performance percentages are used in discipline and for choosing who moves to the day shift.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We will not answer that."',
      note: 'Idle time spikes when stewards meet members. Bring the October logs.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: '"Everything is in use."',
    },
    'qc-identify-locate-profile': {
      status: 'answered',
      choice: 'on-by-default',
      words: 'The system locates each picker by aisle and profiles work performance from the first login. Pickers were not told how these functions are switched on.',
      note: 'Profiling of work performance is squarely in s. 8.1. Demand the functions be off unless agreed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily performance percentage and a "trend" classification: improving, stable, declining.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"It does not analyse tone of voice."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Below 85% for five shifts, the system issues a written warning by email, with no one reviewing it first.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'none',
      words: '"We do not need one."',
    },
    'qc-automated-decision-notice': {
      status: 'answered',
      choice: 'no',
      words: 'The warning email does not say it was generated automatically, nor what the picker can ask for.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A picker may grieve the warning.',
      note: 'Section 12.1 requires someone able to review the decision to hear observations. A grievance months later is not that.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'The operations director will say who reviews observations, and with what power.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'The standard is "engineered per task". The allowances for travel, heavy cases and frozen zones are "Cadence\'s method".',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"The standard is the same for everyone."',
      note: 'Older pickers and those on modified duties fall below it. That is the point.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'A pick rate per hour per zone, and a voice prompt when the picker falls behind.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'A quarterly productivity bonus above 100%.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'The standards were raised 6% in September, and the checker posts were cut.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Cadence\'s cloud in the United States (Ohio).',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All performance data are in the United States.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'Legal will check what the Cadence contract says about protecting the data in the United States.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Supervisors, the operations director and HR; the integrator has remote access.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Cadence hosts the system; the integrator supports it.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'A contract with Cadence; none with the integrator for personal information.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"Only anonymised benchmarks" go to Cadence\'s industry reports.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Cadence notifies the company within 72 hours; the company keeps the incident register and would tell the CAI and workers if there is a risk of serious injury.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Pick data two years; warnings for the period set in the collective agreement.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Pickers see today\'s percentage on the screen. No one has been given their history.',
      note: 'Section 27 gives a copy in a structured format. Help members ask together.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'Nobody could say how a wrong pick time is corrected.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept two years after departure.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Management does not know whether Cadence uses the data to set standards for other customers.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A privacy impact assessment was done in 2024 by the compliance team.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: '"The Act does not require it."',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'no',
      words: '"An internal document."',
      note: 'The Act does not oblige them to share it. Make a copy part of the agreement.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The union has the memo on the standards, not the method.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Standards are set by engineering."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No joint review.',
    },
  },
};

const example: Example = {
  key: 'ca+ca-qc',
  id: 'example-ca-qc',
  meta: {
    union: 'Syndicat des travailleuses et travailleurs de l\'entrepôt Rive-Sud',
    employer: 'Distribution Alimentaire Saint-Laurent inc.',
    workplace: 'Boucherville distribution centre',
    date: '2026-11-19',
    round: 'Second meeting',
    present:
      'Union: Geneviève Lapointe (president), Samuel Joseph and Karima Benali (delegates). Management: Éric Bouchard (operations director), Nathalie Gagnon (HR director and person in charge of the protection of personal information).',
  },
  systems: [qcPalmClock, qcPickRate],
};

export default example;
