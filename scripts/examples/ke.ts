import type { Example, ExampleSystem } from './example.ts';

// ── Kenya: a flower farm and packhouse in Naivasha ─────────────────────────────────────────

const keBiometricClockIn: ExampleSystem = {
  entry: {
    id: 'fingertrack-clock-in',
    name: 'FingerTrack biometric clock-in',
    vendor: 'Biotrak Workforce Solutions (Pty) Ltd, South Africa',
    category: 'biometrics',
    purpose: 'Fingerprint terminals at the farm gate and the packhouse record arrival and departure, and feed lateness deductions into payroll.',
    affected: 'About 1,400 permanent and seasonal workers in the greenhouses, the packhouse and transport.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Fingerprint templates, name, staff number, section, clock-in and clock-out times, and the terminal used.',
    },
    purpose: {
      status: 'partly',
      words: 'Attendance and payroll. The HR manager added that the records are "sometimes" used in disciplinary cases for absconding.',
      note: 'Use in discipline was never announced to workers. Purpose clause is a priority.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Fingerprints are biometric data. Management accepts this.',
    },
    'special-category-basis': {
      status: 'partly',
      words: '"Workers signed the consent form in the induction pack." No written rule on who can see the templates.',
      note: 'Consent signed on the first day of a seasonal contract is not free. See s. 32.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Consent, through the induction form.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A notice in English at the gate says fingerprints are taken for attendance. Nothing on South Africa, deductions or rights.',
      note: 'Many pickers read Kiswahili only. Ask for the notice in Kiswahili.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the terminals, at the start and end of shifts.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Attendance records go into disciplinary files and are checked before seasonal contracts are renewed.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"The terminals only record times."',
      note: 'Clock-out times on the day of the 2025 sit-in were used to list who joined it. Raise it.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'The IT officer did not know whether the terminals also have face recognition.',
      note: 'The vendor brochure advertises "face and palm". Ask for the licence.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores, only attendance reports.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Lateness over 15 minutes is deducted from pay automatically at month end.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"The deduction is in the contract and the CBA."',
      note: 'Check the CBA: it allows deductions for lateness, not an automatic deduction without a hearing.',
    },
    'ke-automated-decision-notice': {
      status: 'answered',
      choice: 'notice-only',
      words: 'The deduction appears on the payslip. There is no procedure to contest it.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can complain to the section supervisor, who may ask payroll to reverse it.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'Section supervisors. No training on the system and no time limit.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'partly',
      words: 'The 15-minute rule was explained. What happens when a terminal fails to read a fingerprint was not.',
      note: 'Members with worn fingers from rose cutting are often marked late when the terminal does not read them.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether the vendor tested read failures by age or type of work.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Lateness deductions and the attendance bonus both come from the clock-in records.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates are stored on the terminals and in the vendor\'s cloud in Johannesburg; payroll exports stay on the farm server in Naivasha.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Templates and attendance logs are held by the vendor in South Africa.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'The finance director will check what the contract with the vendor says and whether anything was sent to the Data Commissioner.',
    },
    'ke-sensitive-transfer-consent': {
      status: 'answered',
      choice: 'safeguards-only',
      words: '"The induction form covers it." The form does not mention South Africa.',
      note: 'Section 49(1): fingerprints may leave Kenya only with consent. Push for storage in Kenya.',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR, payroll, section supervisors for their sections, and the vendor\'s support desk.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor hosts the data and maintains the terminals.',
    },
    'vendor-contract': {
      status: 'refused',
      words: '"The contract is confidential."',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'No procedure known to HR. "The vendor would tell us."',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Templates of former seasonal workers are kept "so they can be re-enrolled next season".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'A worker can ask HR for an attendance print-out. No one has asked for the template.',
    },
    'ke-union-authorised-requests': {
      status: 'refused',
      words: '"Each worker must come to HR personally."',
      note: 'Section 27(c) lets a duly authorised person file. Bring 50 signed authorities next time.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'Supervisors can correct a missed clock-in by hand. No way to have a template deleted.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Nothing is deleted when a worker leaves.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment was done when the terminals were installed in 2024.',
    },
    'ke-odpc-registration': {
      status: 'answered',
      choice: 'registered-unclear',
      words: 'The company registered with the ODPC in 2023 "for HR data". Whether biometrics were declared is not known.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was told the terminals were coming a week before installation.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We are open to discuss problems at the joint council."',
      note: 'Not a commitment to consult before changes. Ask for it in the agreement.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const keHarvestTracking: ExampleSystem = {
  entry: {
    id: 'harvestiq-picking-tracker',
    name: 'HarvestIQ picking and grading tracker',
    vendor: 'Agrilytics B.V., Netherlands, through a Nairobi integrator',
    category: 'performance',
    purpose: 'Scans the barcode on each bucket of stems picked, ranks pickers and graders by output and quality, and sets daily targets per greenhouse.',
    affected: 'About 900 pickers and 120 graders, most of them on seasonal contracts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Staff number, greenhouse and row, buckets scanned with time stamps, stems rejected at grading, daily output against target.',
    },
    purpose: {
      status: 'answered',
      words: 'Productivity, quality control and the piece-rate bonus.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'None.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interest in productivity and quality.',
    },
    'objection-route': {
      status: 'refused',
      words: '"Scanning is part of the job. There is no objection."',
      note: 'Section 36 puts the burden on the company to show a compelling interest. Test it with a member\'s written objection.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Workers were shown how to scan, nothing more.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only scanners in the greenhouses.',
    },
    'secondary-uses': {
      status: 'follow-up',
      words: 'HR will check whether rankings are used when seasonal contracts are renewed.',
      note: 'Members say the bottom ten percent were not renewed in March. Gather names.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'A GPS module for the scanners is included in the licence and not switched on.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily ranking of pickers and graders, and a "reliability" flag for workers below target three days in a row.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No camera or voice analysis in the scanners.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Supervisors use the ranking to assign the best rows and to decide warnings and renewals.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'The supervisor decides; there is no separate review.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The vendor\'s algorithm weights output and rejects." No weights given.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'Not tested.',
      note: 'Older women on the rose rows and pregnant workers fall to the bottom of the ranking. Ask for the data by section.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Daily targets per greenhouse, raised by the system after good weeks.',
      note: 'Pickers report skipping water breaks in the heat to reach the target.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The piece-rate bonus is paid on scanned output above target.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'An automated grading line with cameras is planned for the packhouse in 2027.',
    },
    'ke-redundancy-notice': {
      status: 'answered',
      choice: 'not-notified',
      words: '"Graders will be redeployed where possible." No notice has been given.',
      note: 'Up to 80 grader posts at risk. Section 40(1): one month\'s notice to the union and the labour officer.',
    },
    'storage-location': {
      status: 'answered',
      words: 'A cloud server in Nairobi run by the integrator; the vendor in the Netherlands has remote access for support and model updates.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Remote access from the Netherlands.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'No one knew what covers the vendor\'s access.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Supervisors, the farm manager, HR and the integrator.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'The integrator hosts the system; the vendor supports and updates it.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a contract with the integrator. Nothing signed directly with the vendor.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"Only anonymised yield benchmarks go to the vendor."',
      note: 'Benchmarks per greenhouse can identify a team of twelve. Ask what exactly is sent.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'The integrator must tell the farm within 48 hours under its contract.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Scan data kept for two seasons, then aggregated.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Workers see their daily count on the scanner. Rankings are not shown to them.',
    },
    'ke-union-authorised-requests': {
      status: 'answered',
      choice: 'no',
      words: 'As for FingerTrack: only personal requests.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'A supervisor can correct a missed scan on the same day.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'HR did not know what happens to rankings of workers who leave.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'The farm manager will ask the vendor whether scan data train its yield model.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'The integrator is preparing a DPIA for the grading line.',
    },
    'ke-dpia-submitted': {
      status: 'unknown',
      words: 'Management did not know that the report goes to the Data Commissioner 60 days before the processing.',
      note: 'The grading line must not start before the report has been with the Commissioner for 60 days.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'Workers have not been asked.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A summary "once it is finished".',
    },
    'ke-odpc-registration': {
      status: 'answered',
      choice: 'registered-unclear',
      words: 'As for FingerTrack.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union has not seen the specifications or the contract.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Production systems are a management matter."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'None.',
    },
  },
};

const example: Example = {
  key: 'ke',
  id: 'example-ke',
  meta: {
    union: "Rift Valley Flower and Horticulture Workers' Union",
    employer: 'Lakeview Blooms Ltd',
    workplace: 'Lakeview Blooms farm and packhouse, Naivasha',
    date: '2026-11-26',
    round: 'First meeting on digital systems',
    present:
      'Union: Grace Wanjiru (branch secretary), Peter Otieno and Mercy Chebet (shop stewards). Management: David Kamau (farm manager), Esther Njoroge (HR manager), Samuel Mwangi (IT officer).',
  },
  systems: [keBiometricClockIn, keHarvestTracking],
};

export default example;
