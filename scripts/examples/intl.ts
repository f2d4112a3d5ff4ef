import type { Example, ExampleSystem } from './example.ts';

// ── International baseline: a contact centre in Cebu City, the Philippines (no layer of its own) ──

const intlDeskSight: ExampleSystem = {
  entry: {
    id: 'desksight-productivity-monitoring',
    name: 'DeskSight productivity monitoring',
    vendor: 'Lumen Workforce Analytics Inc., United States',
    category: 'monitoring',
    purpose: 'Records application use, keystrokes and idle time on every agent desktop, takes screenshots at random intervals and checks presence through the webcam.',
    affected: 'About 900 agents and team leads on the customer-service and collections accounts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Applications and websites used, keystroke counts, idle time, random screenshots every few minutes, webcam snapshots when the agent is "away", and a daily productivity score.',
    },
    purpose: {
      status: 'answered',
      words: 'Client security requirements and productivity management.',
    },
    'intl-monitoring-purpose': {
      status: 'partly',
      choice: 'no',
      words: '"It is a security tool." Management accepted that the daily productivity score is the main thing team leads look at.',
      note: 'A tool sold for security but used to score behaviour is exactly what CM/Rec(2015)5 says should not be permitted.',
    },
    'special-category-data': {
      status: 'unknown',
      words: 'Management does not know whether screenshots capture health or union matters when agents use personal messaging, or who sees such screenshots.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Agents sign a monitoring consent with their contract.',
      note: 'No agent can start without signing. The ILO code: workers cannot waive their privacy rights (5.13).',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The consent form mentions "activity monitoring", not screenshots or the webcam.',
    },
    'intl-monitoring-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Agents were not told how often screenshots are taken or what the webcam checks.',
    },
    'intl-covert-monitoring': {
      status: 'answered',
      choice: 'yes',
      words: 'The screenshots are taken silently; agents see no sign when one is taken.',
      note: 'Secret monitoring without suspicion of wrongdoing goes against ILO 6.14(2).',
    },
    'intl-continuous-monitoring': {
      status: 'answered',
      choice: 'yes',
      words: 'Keystrokes and idle time are logged for the whole shift.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'no',
      words: 'Only while logged in. Agents working from home keep the laptop logged in during breaks "for convenience".',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Idle-time reports are used in coaching and in warnings for "time theft".',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We do not discuss that."',
      note: 'Organising started on a messaging group agents used on their desktops. Raise the screenshots of it.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor offers "sentiment from typing patterns"; management says it is not licensed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily productivity score and a monthly "engagement" rating per agent.',
    },
    'emotion-recognition': {
      status: 'follow-up',
      words: 'IT will check what the "engagement" rating is based on.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Scores go to team leads, who decide on coaching and warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'An agent can ask the team lead to look again at a score.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The team lead, with no training on the tool and no time set aside.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The scoring is the vendor\'s."',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'More than five minutes idle flags the agent; three flags a week lead to coaching.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The monthly incentive uses the productivity score.',
    },
    'intl-monitoring-sole-factor': {
      status: 'answered',
      choice: 'yes',
      words: 'Warnings for "time theft" are issued on the idle-time report alone.',
      note: 'ILO 5.6: monitoring data should not be the only factor. Two members got final warnings this way.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'storage-location': {
      status: 'answered',
      words: 'The vendor\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All data go to the United States; the client can see reports from Australia.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'Legal will send the data-processing terms.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leads, operations managers, the client\'s account managers and IT.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Lumen hosts and runs the tool.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A subscription agreement; management will not share it.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'The client receives individual productivity reports for its own account reviews.',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'Management does not know what the contract says about breaches.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'No set period.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Agents see their daily score, not the screenshots or the webcam snapshots.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'None: scores are not corrected.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Nobody knows what Lumen keeps after an agent leaves.',
    },
    'training-reuse': {
      status: 'refused',
      words: '"Commercial matter between us and the vendor."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'None.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union has received nothing in writing about the tool.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"The tool is a client requirement, not a matter for consultation."',
      note: 'Nothing in law obliges them here, as far as this tool covers. The ILO code (12.2) and CM/Rec(2015)5 are the standards to quote; the clause must create the right.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const intlTalentScreen: ExampleSystem = {
  entry: {
    id: 'talentscreen-video-interviews',
    name: 'TalentScreen recorded video interviews',
    vendor: 'Hirewise Pte. Ltd., Singapore',
    category: 'hiring',
    purpose: 'Applicants record answers to set questions; the system transcribes them, scores language and "communication" and ranks applicants for recruiters.',
    affected: 'About 4,000 applicants a year, including current agents applying for team-lead posts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Video and audio of the answers, a transcript, English fluency and "communication" scores, and the ranking.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting applicants for agent and team-lead posts.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'The video shows faces, "but no face recognition is used".',
    },
    'special-category-basis': {
      status: 'refused',
      words: '"That is the vendor\'s responsibility."',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Applicants tick a box before recording.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Applicants are told the interview is recorded, not that it is scored by a machine.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Recordings are used only for the application.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No questions on union matters.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Management does not know which features the vendor has switched off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Fluency and "communication" scores and a ranking.',
    },
    'emotion-recognition': {
      status: 'partly',
      choice: 'yes',
      words: 'The "communication" score includes "confidence and enthusiasm" from voice and facial expression.',
      note: 'That is emotion recognition. The ILO code rules out truth-verification devices and limits personality tests (6.10–6.13).',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Applicants below the cut-off score are rejected automatically; recruiters see only the top 30%.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'consent',
      words: '"Applicants agree to the process."',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review of automatic rejections.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: 'The vendor does not disclose the scoring model.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor says the model was "validated for fairness".',
    },
    'bias-test-results': {
      status: 'answered',
      choice: 'no',
      words: 'Management has not seen any results and will not ask for them.',
      note: 'Agents with regional accents report being rejected for team-lead posts. Collect cases.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Scores are not used after hiring.',
    },
    'intl-monitoring-sole-factor': {
      status: 'answered',
      choice: 'yes',
      words: 'Automatic rejection rests on the score alone.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'The recruitment team went from nine to four since the tool came in.',
    },
    'storage-location': {
      status: 'answered',
      words: 'The vendor\'s cloud in Singapore.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All recordings go to Singapore.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'Management does not know.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Recruiters and the hiring managers for each account.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise hosts the platform and scores the interviews.',
    },
    'vendor-contract': {
      status: 'follow-up',
      words: 'HR will check the terms with procurement.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'Management does not know whether Hirewise shares recordings.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Hirewise must tell the company "promptly"; nothing about telling applicants or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Recordings for 12 months after the application.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'No procedure for applicants to see their scores.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'An applicant can ask for the recording to be deleted by email.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Rejected applicants\' data are deleted after 12 months.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'The terms let Hirewise use recordings to improve its models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment was made before the tool was bought, nor since.',
    },
    'union-information': {
      status: 'refused',
      words: '"Recruitment is not a union matter."',
      note: 'Current agents apply for team-lead posts through it: it affects members directly.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: 'No consultation planned.',
    },
    'audit-review': {
      status: 'unknown',
      words: 'Management does not know whether the vendor audits the model.',
    },
  },
};

const example: Example = {
  key: 'intl',
  id: 'example-intl',
  meta: {
    union: 'Contact Centre Workers\' Alliance, Cebu chapter',
    employer: 'Bluewave Customer Solutions Inc.',
    workplace: 'IT Park contact centre, Cebu City, the Philippines',
    date: '2026-11-27',
    round: 'First meeting',
    present:
      'Union: Maria Santos (chapter president), Jerome dela Cruz and Angelica Reyes (shop stewards). Management: Daniel Tan (site director), Liza Villanueva (HR manager), Mark Aquino (IT security lead).',
  },
  systems: [intlDeskSight, intlTalentScreen],
};

export default example;
