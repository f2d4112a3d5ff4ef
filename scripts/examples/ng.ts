import type { Example, ExampleSystem } from './example.ts';

// ── Nigeria: a commercial bank's head office and operations centre in Lagos ───────────────────

const ngActivityMonitoring: ExampleSystem = {
  entry: {
    id: 'workpulse-activity-monitoring',
    name: 'WorkPulse desktop activity monitoring',
    vendor: 'Pulsemetric Inc., United States',
    category: 'monitoring',
    purpose: 'Records application use, idle time and websites visited on staff laptops, and gives each officer a daily "productivity score".',
    affected: 'About 1,100 officers in operations, customer service and back-office processing, including staff working from home.',
  },
  answers: {
    'data-categories': {
      status: 'partly',
      words: 'Applications and websites used, active and idle time, screenshots "when the score drops". Whether keystrokes are logged "depends on the configuration".',
    },
    purpose: {
      status: 'answered',
      words: 'Productivity management, information security and supporting hybrid work.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"No sensitive data."',
      note: 'Screenshots can show medical portals, union e-mails or prayer apps. Raise it.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interest in productivity and security.',
    },
    'objection-route': {
      status: 'answered',
      words: 'An officer may write to HR; HR decides within a month.',
    },
    'ng-legitimate-interest-balancing': {
      status: 'refused',
      words: '"Our legal department has reviewed it. The review is privileged."',
      note: 'Without a balancing record the bank cannot show its interest overrides staff rights under s. 36.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The IT policy says laptops "may be monitored". Nothing on scores, screenshots or the US vendor.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The agent runs whenever the laptop is on, including at home in the evening.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Scores are used in the quarterly appraisal and were cited in two disciplinary queries.',
    },
    'union-activity-tracking': {
      status: 'unknown',
      words: 'IT could not say whether visits to the union\'s website or e-mails to branch officers are recorded.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Webcam snapshots and keystroke logging are in the licence and "not enabled at present".',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily productivity score and a monthly "engagement" trend per officer.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'The agent reads no camera, microphone or typing rhythm.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Scores below 60 for a week trigger an automatic alert to the line manager, who decides on a query.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'An officer can ask HR to review the score if queried.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'An HR business partner, who can ask IT to check the logs.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The scoring model belongs to the vendor."',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'Not tested.',
      note: 'Officers on night shifts and nursing mothers working from home score lower. Collect cases.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Teams have a target average score of 75.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The appraisal rating, which decides the annual increment, takes the average score into account.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'The scores are being used to plan the back-office restructuring next year.',
    },
    'ng-redundancy-information': {
      status: 'answered',
      choice: 'not-informed',
      words: '"No decision has been taken." A consultant\'s report mentions 60 back-office posts.',
      note: 'Labour Act s. 20: the union must be told the reasons and extent before any redundancy.',
    },
    'storage-location': {
      status: 'answered',
      words: 'The vendor\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All monitoring data go to the United States.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'The DPO will confirm the basis for the transfer under the Act and the GAID.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Line managers see their teams\' scores; IT security and HR see everything, including screenshots.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Pulsemetric hosts and processes the data.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement is signed with Pulsemetric.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'Management did not know whether Pulsemetric uses the data for its industry benchmarks.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'The bank\'s incident procedure notifies the NDPC within 72 hours. Staff are told "where required".',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Activity logs 12 months, screenshots 90 days, scores for the duration of employment.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Requests go to the DPO by e-mail. Officers can see their own score in the app.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A score cannot be corrected; HR can add a note to the file.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Scores stay in the HR file after the officer leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'The DPO will ask Pulsemetric whether the data train its scoring model.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A data privacy impact assessment was done before the roll-out in 2025.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The union was not asked.',
    },
    'impact-assessment-shared': {
      status: 'refused',
      words: '"It is an internal compliance document."',
    },
    'ng-major-importance': {
      status: 'answered',
      choice: 'in-place',
      words: 'The bank is registered with the NDPC as a controller of major importance, has a DPO and filed its 2025 audit return.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union learned of the system from members.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Information security tools are not a matter for negotiation."',
      note: 'No law forces consultation here. It has to be won in the agreement.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review with the union.',
    },
  },
};

const ngGraduateScreening: ExampleSystem = {
  entry: {
    id: 'talentsift-graduate-screening',
    name: 'TalentSift graduate trainee screening',
    vendor: 'Sift Talent Technologies Ltd, United Kingdom',
    category: 'hiring',
    purpose: 'Scores online applications and recorded video interviews for the graduate trainee programme, and rejects those below a threshold.',
    affected: 'About 25,000 applicants a year, and the HR officers who run recruitment.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'CV, degree class, university, answers to an online test, and a recorded video interview with its transcript.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting for the graduate trainee programme.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Video can show health conditions and religious dress. "We do not use them."',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'HR could not name the ground for processing the video data.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Applicants tick a consent box before starting.',
      note: 'Applicants who do not tick cannot apply. That is not free consent.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A privacy notice on the portal, without the UK vendor or the automatic rejection.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Only for this programme.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Applicants are not asked about unions, and the platform holds no staff data.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: 'None known.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A "fit score" and a "communication" score from the video.',
    },
    'emotion-recognition': {
      status: 'partly',
      choice: 'yes',
      words: 'The vendor says it measures "confidence and enthusiasm" from voice and face, "not emotions".',
      note: 'That is emotion recognition under another name. Demand it is switched off.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Applicants below the threshold are rejected by e-mail without anyone looking at the file.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'consent',
      words: 'The consent box.',
    },
    'ng-automated-safeguards': {
      status: 'answered',
      choice: 'some',
      words: 'Applicants can e-mail recruitment to contest; no human looks at the file before the rejection.',
      note: 'Section 37(3) requires human intervention, a view and a challenge whatever the exception.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'Only if an applicant complains.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The recruitment team lead, "if time allows".',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'partly',
      words: 'The weighting of the test is known; the video scoring is "proprietary".',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor says it tested the model in the United Kingdom.',
    },
    'bias-test-results': {
      status: 'answered',
      choice: 'no',
      words: '"The vendor will not share its test results."',
      note: 'Tested on UK applicants, not on Nigerian accents or universities. Insist on a local audit.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Not used for pay.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'The recruitment team stays the same size.',
    },
    'storage-location': {
      status: 'answered',
      words: 'The vendor\'s servers in Ireland and the United Kingdom.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All application data are held in Europe.',
    },
    'transfer-safeguards': {
      status: 'partly',
      words: '"The United Kingdom has strong data protection law." No document shown.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The recruitment team and the vendor\'s support staff.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Sift Talent hosts the platform and scores the applications.',
    },
    'vendor-contract': {
      status: 'refused',
      words: '"Commercially confidential."',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'As for WorkPulse.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Kept "for future campaigns".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Applicants can write to the DPO.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'HR did not know whether an applicant can have the video deleted.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Data of applicants who are hired move into the HR file; the rest are kept on the platform.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'The vendor\'s contract allows it to "improve its models" with anonymised interviews.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"It is the vendor\'s product."',
      note: 'The GAID treats emerging technologies as high-risk. A data privacy impact assessment was required.',
    },
    'ng-major-importance': {
      status: 'answered',
      choice: 'in-place',
      words: 'As for WorkPulse.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing shared.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We can brief the union once a year on recruitment."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const example: Example = {
  key: 'ng',
  id: 'example-ng',
  meta: {
    union: 'Finance and Allied Employees Union, Lagos branch',
    employer: 'Eko Meridian Bank Plc',
    workplace: 'Head office and operations centre, Victoria Island, Lagos',
    date: '2026-11-27',
    round: 'First meeting on workplace technology',
    present:
      'Union: Adaeze Okonkwo (branch chairperson), Tunde Bakare and Halima Musa (branch officers). Management: Olusegun Adeyemi (head of human resources), Ngozi Eze (Data Protection Officer), Ibrahim Sani (head of IT security).',
  },
  systems: [ngActivityMonitoring, ngGraduateScreening],
};

export default example;
