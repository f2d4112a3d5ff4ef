import type { Example, ExampleSystem } from './example.ts';

// ── Australia: a cold-chain distribution centre in Dandenong South, Victoria ───────────────

const auFingerprintClock: ExampleSystem = {
  entry: {
    id: 'timetrak-fingerprint-clock',
    name: 'TimeTrak fingerprint clock-in terminals',
    vendor: 'Kestrel Workforce Systems Pty Ltd',
    category: 'biometrics',
    purpose: 'Replaces swipe cards with fingerprint scanners at the gatehouse and the freezer-store entrance, records start, finish and break times, and sends them to payroll.',
    affected: 'About 420 warehouse employees on three shifts, and about 90 labour-hire workers supplied by an agency.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'A fingerprint template per worker, clock-in and clock-out times, the terminal used, break start and finish, and a photo taken by the terminal at each scan.',
      note: 'The photo at each scan was not in the rollout email. Members only found out from the terminal screen.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'Part of a listed group; turnover well above A$3 million.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'both',
      words: 'Direct employees and the labour-hire workers from the agency, who use the same terminals.',
      note: 'Labour-hire workers are not the company\'s employees: the exemption does not cover their data. Use that.',
    },
    purpose: {
      status: 'answered',
      words: 'Accurate time records for payroll and stopping "buddy punching".',
      note: 'Ask for the evidence of buddy punching. HR could not give a single case at the last meeting.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Management accepts that fingerprint templates are biometric data.',
    },
    'au-new-collection': {
      status: 'answered',
      choice: 'new-collection',
      words: 'Templates are being enrolled now, shift by shift, from 1 December. Nothing biometric was held before.',
      note: 'This is Lee v Superior Wood: new collection, so APP 3.3 consent applies to everyone, direct staff included.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'A consent form at enrolment. Templates "are encrypted on the terminal". No answer on who at Kestrel can reach them.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Everyone signs the consent form at enrolment."',
      note: 'Shift managers told members that anyone who does not enrol "can\'t be rostered". That is not free consent.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'An email and a poster in the canteen about the new terminals. Nothing on the photos, retention or the vendor.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the terminals on site.',
    },
    'secondary-uses': {
      status: 'partly',
      choice: 'no',
      words: '"Only for payroll." But the security manager said the photos "could help" in theft investigations.',
      note: 'Get the use in investigations ruled out in writing.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'The terminals do not record union leave.',
      note: 'Delegates\' paid union training leave is entered in payroll against the same clock records. Check.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Management did not know whether the terminals\' face-recognition mode can be switched on.',
      note: 'Kestrel\'s brochure lists "face mode" on the same model. Ask for the licence schedule.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores or profiles; only times.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'The terminals match fingerprints only; there is no camera analysis.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'A clock-in more than three minutes after shift start automatically deducts 15 minutes\' pay.',
      note: 'Members lose pay when the scanner rejects a cold or cracked finger at the freezer door. Collect examples.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"The enterprise agreement lets us pay for time actually worked."',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can ask the shift manager to override a deduction within the pay period.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The shift manager. No guidance on when to override, and no record of overrides refused.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'The rule is in the payroll policy: three minutes\' grace, then rounding to the next quarter hour.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing of rejection rates. Kestrel says the scanner is "99.9% accurate".',
      note: 'Older workers and those with dermatitis from the freezer gloves are rejected most. Ask for the rejection logs.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Clock times decide paid hours and the late deductions.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs; the two gatehouse clerks move to inbound admin.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on the terminals; times, photos and templates backed up to Kestrel\'s cloud in Sydney.',
    },
    'cross-border-transfers': {
      status: 'follow-up',
      words: 'IT will check whether Kestrel\'s support team in the Philippines can reach the cloud backups.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Payroll, shift managers for their own shifts, and security for the photos.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Kestrel hosts the backups and supports the terminals.',
    },
    'vendor-contract': {
      status: 'refused',
      words: '"Our contract with Kestrel is commercial in confidence."',
      note: 'Offer to read it under a confidentiality undertaking, as the consultation clause allows.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Not shared with anyone.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'IT would "assess" a breach. No commitment to tell workers or the union.',
      note: 'Labour-hire workers\' data is under the breach scheme: the exemption does not cover them.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Time records seven years (payroll law); templates "while employed"; photos 90 days.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Workers can see their clock times in the payroll app.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A shift manager can correct a missed clock-in. No process to delete a template while still employed.',
      note: 'Anyone who withdraws consent needs a card or PIN instead.',
    },
    'leavers-data': {
      status: 'follow-up',
      words: 'HR will find out whether Kestrel deletes templates from the backups when someone leaves.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Kestrel\'s contract bars it from using templates for anything but the service, HR says.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Employee records are exempt, so no privacy assessment was needed."',
      note: 'Wrong for the labour-hire workers and for new collection. Ask for one anyway, jointly.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union got the same email as the staff.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"It is a like-for-like replacement of the swipe cards."',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'enterprise-agreement',
      words: 'The Dandenong South Enterprise Agreement 2024; consultation is clause 9.',
    },
    'au-major-change-consultation': {
      status: 'answered',
      choice: 'not-major-change',
      words: '"New terminals are not a major change."',
      note: 'Biometric enrolment of 500 people, automatic pay deductions: argue it is a major change in technology under clause 9.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const auPickRates: ExampleSystem = {
  entry: {
    id: 'pickpace-voice-picking',
    name: 'PickPace voice picking and labour standards',
    vendor: 'Aurelian Supply Chain Software, through its Australian partner',
    category: 'performance',
    purpose: 'Directs pickers by headset, times each pick against engineered standards, shows live rates to team leaders and ranks pickers weekly.',
    affected: 'About 300 pickers and forklift drivers in ambient and chilled picking.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Every pick with its time, location and weight, headset log-ins, idle time between picks, voice commands and the weekly performance percentage.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'As for TimeTrak.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'current-employees',
      words: 'Only direct employees pick with the headsets.',
      note: 'So the Privacy Act gives them nothing here. Every data right must be in the agreement.',
    },
    purpose: {
      status: 'partly',
      words: 'Directing picks and "productivity management". Management would not say whether rankings are used in performance management.',
      note: 'Two members were put on performance plans citing the weekly percentage. Bring the letters.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Voice is used only to recognise commands."',
      note: 'Voice models are trained on each picker\'s voice at set-up. Ask whether that is a voiceprint.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"It is how the work is done."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Training at induction on how to use the headset. Nothing on the data.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Headsets are logged out at breaks.',
      note: 'Idle time counts toilet breaks between picks. Raise it with the pace targets.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Rates are used in performance management and when choosing who gets extra shifts.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We will not discuss hypotheticals."',
      note: 'Delegates\' time on union business shows as idle time. Ask for it to be coded separately.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'A "fatigue detection" module from voice tone is licensed but not switched on.',
      note: 'That is emotion detection in all but name. Demand it stays off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly performance percentage against the engineered standard, and a ranking by shift.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"Not while the fatigue module is off."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The system flags anyone under 90% for three weeks; team leaders decide on performance plans.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review of the flag itself.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Pickers see their percentage. How the standard for each pick is set is "Aurelian\'s method".',
      note: 'Standards ignore the freezer gloves and the heavier chilled cartons. Ask for the standards by pick zone.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"The standard is the same for everybody."',
      note: 'Older members and those on light duties are over-represented on the flag list.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Live rate on the team leader\'s screen; the headset tells pickers when they fall behind.',
      note: 'Two strain injuries in chilled picking since the rollout. Raise with the HSRs under the WHS Act.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The quarterly productivity bonus is paid on the performance percentage.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Standards will be tightened by 8% in March 2027, and the number of pick positions per shift reduced.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Aurelian\'s cloud, hosted in Singapore, with a copy on the site server.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Data goes to Aurelian\'s cloud in Singapore.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'Management did not know what protects the data in Singapore.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leaders, operations managers, and the continuous improvement team.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Aurelian and its local partner run and support the system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A master services agreement with Aurelian.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"No." But Aurelian publishes industry benchmarks "from anonymised customer data".',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Aurelian must notify the company within 72 hours; the company decides who else is told.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Pick data and weekly percentages are kept "for trend analysis", with no end date.',
    },
    'worker-access-requests': {
      status: 'refused',
      words: '"Employee records are exempt from the Privacy Act. Pickers can see their own percentage."',
      note: 'True for the Privacy Act. The agreement has to give access to the full pick history.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'A team leader can exclude a shift from the percentage for equipment faults.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Nobody knew.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'IT will ask Aurelian whether pick data trains its standard-setting models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Not required."',
    },
    'union-information': {
      status: 'refused',
      words: '"The engineered standards are Aurelian\'s intellectual property."',
      note: 'Clause 9 requires all relevant information in writing; offer confidentiality for the commercial parts.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management will "brief the delegates" before the March change.',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'enterprise-agreement',
      words: 'The Dandenong South Enterprise Agreement 2024, clause 9.',
    },
    'au-major-change-consultation': {
      status: 'answered',
      choice: 'no',
      words: 'No notice under clause 9 yet. Management says the March change "is still being modelled".',
      note: 'Fewer pick positions and tighter standards: that is a major change. Ask when the decision will be definite.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'The operations manager will consider a joint review of the standards.',
    },
  },
};

const example: Example = {
  key: 'au',
  id: 'example-au',
  meta: {
    union: 'Storage, Distribution and Cold Chain Workers Union',
    employer: 'Southern Meridian Cold Chain Pty Ltd',
    workplace: 'Dandenong South distribution centre, Victoria',
    date: '2026-11-26',
    round: 'First meeting under clause 9 of the enterprise agreement',
    present:
      'Union: Maria Kostopoulos (organiser), Daniel Nguyen and Shauna O\'Brien (delegates), Tevita Fifita (health and safety representative). Management: Greg Hollis (site general manager), Priya Raman (HR business partner), Luke Barnett (IT manager).',
  },
  systems: [auFingerprintClock, auPickRates],
};

export default example;
