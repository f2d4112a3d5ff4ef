import type { Example, ExampleSystem } from './example.ts';

// ── United States, Illinois: a food-processing plant near Joliet ──────────────────────────────

const RECOGNISED = { status: 'answered', choice: 'certified-or-recognised', words: 'Recognised for production and sanitation workers since 2011; the agreement expires in June 2027.' } as const;

const ilHandScan: ExampleSystem = {
  entry: {
    id: 'palmpunch-time-clocks',
    name: 'PalmPunch biometric time clocks',
    vendor: 'Chronos Timekeeping Co.',
    category: 'biometrics',
    purpose: 'Eight palm-vein readers at the plant entrances record clock-in, clock-out and meal breaks.',
    affected: 'About 640 production, sanitation and maintenance workers on three shifts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'A palm-vein template per worker, clock times, reader location and the payroll ID.',
    },
    purpose: {
      status: 'answered',
      words: 'Accurate timekeeping and stopping "buddy punching".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Palm-vein templates are biometric identifiers.',
    },
    'special-category-basis': {
      status: 'answered',
      words: '"Workers consented when they enrolled."',
    },
    'bipa-retention-policy': {
      status: 'answered',
      choice: 'not-public',
      words: 'HR has a one-page retention note from Chronos. It is not on the website or posted.',
      note: 'A policy that is not public does not meet §15(a). Ask for it in writing.',
    },
    'bipa-written-release': {
      status: 'answered',
      choice: 'after-capture',
      words: 'Workers enrolled in May 2024; the release form was handed out in January 2025.',
      note: 'Capture before the release. For members this goes to grievance and arbitration (Walton): file now and put the rules in the agreement.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'The signed release.',
      note: 'Refusing to sign was "not an option" according to two members.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The release form names timekeeping as the purpose but not how long templates are kept.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Readers are only at the entrances and the canteen.',
    },
    'secondary-uses': {
      status: 'partly',
      choice: 'no',
      words: 'Clock data are used for attendance points; management says that is "timekeeping".',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union leave is entered manually.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The readers can also control door access; not switched on.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Palm readers only.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'Supervisors approve the time records each week.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No jobs affected.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on the readers and on Chronos\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'Not outside the United States.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Payroll and HR; Chronos support on request.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Chronos hosts the templates.',
    },
    'vendor-contract': {
      status: 'refused',
      words: 'Management will not show the Chronos contract.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'Management does not know whether Chronos passes templates to its own subcontractor.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Chronos "would inform us".',
    },
    'retention-period': {
      status: 'unknown',
      words: 'HR did not know how long templates of leavers are kept.',
      note: 'The Act allows at most 3 years after the last interaction.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Workers can see their clock times at the kiosk, not what is stored about their palm.',
    },
    'correction-deletion': {
      status: 'follow-up',
      words: 'Management will ask Chronos whether a single worker\'s template can be deleted.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Not known.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Chronos says it does not.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'None.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: 'The readers replaced badge clocks in May 2024 without bargaining.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-sent',
      words: 'Not yet: this meeting is the first step.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'no-claim',
      words: 'No confidentiality claimed.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Only the release form.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Timekeeping equipment is a management decision."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No audit of the readers is planned.',
    },
  },
};

const ilVideoInterviews: ExampleSystem = {
  entry: {
    id: 'quickhire-video-interviews',
    name: 'QuickHire video interviews',
    vendor: 'Interviewly, Inc.',
    category: 'hiring',
    purpose: 'Applicants record answers to five questions; the software transcribes and ranks them before a recruiter calls anyone.',
    affected: 'About 900 applicants a year for production jobs, and members applying for maintenance apprenticeships.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Video and audio of the answers, transcripts, a "communication" and "reliability" rating, and the application form.',
    },
    purpose: {
      status: 'answered',
      words: 'To rank applicants so recruiters call the best first.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Interviewly does not use face geometry."',
      note: 'Video of faces. Ask Interviewly in writing whether any face or voice template is made: BIPA would then apply.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Applicants click "I agree" before recording.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The consent screen says AI "may assist"; it does not say what is evaluated.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Videos are used only for the vacancy the applicant chose.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'The questions are about the job, not the union.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Management does not know which Interviewly modules are licensed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Communication and reliability ratings.',
    },
    'emotion-recognition': {
      status: 'unknown',
      words: 'Management does not know whether tone of voice counts in the ratings.',
    },
    'aivia-notice-consent': {
      status: 'answered',
      choice: 'partly',
      words: 'Applicants consent, but are not told how the AI works or what characteristics it evaluates.',
      note: 'AIVIA §5 needs the explanation before the interview. Also ask how many applicants asked for deletion.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Recruiters call from the top of the ranking and rarely reach the bottom half.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review for applicants who are not called.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: 'Interviewly does not explain the ratings.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known whether Interviewly tested for accent, race or disability.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Ratings do not touch pay or the starting rate.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No recruiter posts cut.',
    },
    'ihra-ai-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No notice to employees that AI is used for apprenticeship selection.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Interviewly\'s cloud.',
    },
    'cross-border-transfers': {
      status: 'unknown',
      words: 'Not known where Interviewly processes video.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Recruiters and hiring managers.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Interviewly runs the platform.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A subscription agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Interviewly may not sell the videos, management says.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Under the subscription terms.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Videos 2 years.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'No procedure for applicants.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Deletion "on request", no time limit stated.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Hired applicants\' videos are kept 2 years too.',
    },
    'training-reuse': {
      status: 'partly',
      choice: 'no',
      words: '"Not to our knowledge."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: 'Used for apprenticeship selection since September without telling the union.',
      note: 'Apprenticeship selection is seniority-based under Article 22. Grieve.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-sent',
      words: 'Not yet; it goes with the letter on the time clocks.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'accommodation-offered',
      words: 'Ratings of members only with their consent; anonymised rankings offered.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing shared.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Hiring is ours."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const example: Example = {
  key: 'us+us-il',
  id: 'example-us-il',
  meta: {
    union: 'Prairie Food and Allied Workers, Local 731',
    employer: 'Midstate Protein Foods LLC',
    workplace: 'Joliet processing plant, Will County, Illinois',
    date: '2026-11-30',
    round: 'Grievance meeting and special bargaining session',
    present:
      'Union: Gloria Martínez (business representative), DeShawn Carter and Piotr Nowak (stewards). Management: Greg Lindqvist (plant manager), Amanda Price (HR manager), Ravi Shah (outside counsel).',
  },
  systems: [ilHandScan, ilVideoInterviews],
};

export default example;
