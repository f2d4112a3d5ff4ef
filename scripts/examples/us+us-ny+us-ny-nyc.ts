import type { Example, ExampleSystem } from './example.ts';

// ── United States, New York State, New York City: a grocery chain's stores and head office ────

const RECOGNISED = {
  status: 'answered',
  choice: 'certified-or-recognised',
  words: 'Recognised for all store employees under the 2024 neutrality agreement; head-office clerical staff are in the same unit.',
} as const;

const nycPromotionTool: ExampleSystem = {
  entry: {
    id: 'rankready-promotion-screening',
    name: 'RankReady hiring and promotion screening',
    vendor: 'Candidly AI, Inc.',
    category: 'hiring',
    purpose: 'Scores résumés and one-way video answers for store jobs, and ranks internal applicants for department-lead vacancies.',
    affected: 'About 3,000 applicants a year for the 14 city stores, and every member applying for a lead position.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Résumés, application answers, recorded video answers with transcripts, a "fit score" from 0 to 100, and for internal applicants attendance and scanner productivity for the last 12 months.',
    },
    purpose: {
      status: 'answered',
      words: 'To shortlist external applicants and to rank internal applicants for lead vacancies.',
    },
    'special-category-data': {
      status: 'unknown',
      words: 'HR did not know whether the video analysis picks up accents, disability or age.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Applicants tick a box agreeing to "AI-assisted assessment".',
      note: 'A tick box as a condition of applying, including for members seeking promotion.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The job posting says "we may use automated tools". Nothing on what is assessed.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Used only for hiring and promotion.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No union data is used.',
      note: 'Attendance data includes union leave days. Check the attendance field definition.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'Candidly offers "personality insights" from video. Management says it is off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'The fit score, and "leadership potential" for internal applicants.',
    },
    'emotion-recognition': {
      status: 'follow-up',
      words: 'Management will ask Candidly whether facial expressions or tone of voice count in the video score.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Applicants below a fit score of 60 are not interviewed. A recruiter picks from the rest.',
      note: 'A cut-off is the tool deciding. It is the sole criterion below 60.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'Rejected applicants are not reviewed by anyone.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: 'Candidly does not disclose how the fit score is weighted.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'yes',
      words: 'Candidly commissioned a bias audit in February 2026.',
    },
    'bias-test-results': {
      status: 'partly',
      choice: 'no',
      words: 'Management has not seen the results and does not know whether internal promotions were in the audit data.',
    },
    'nyc-aedt': {
      status: 'answered',
      choice: 'yes',
      words: 'Accepted that the cut-off makes it an automated employment decision tool.',
    },
    'nyc-bias-audit-summary': {
      status: 'answered',
      choice: 'audit-not-published',
      words: 'Audit dated 12 February 2026; no summary on the company website. In use since September 2025.',
      note: 'Used five months with no audit at all, and never with a published summary. Report to DCWP if not fixed.',
    },
    'nyc-candidate-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'External applicants get an email 3 days before the video step. Internal applicants get nothing.',
    },
    'nyc-data-information': {
      status: 'refused',
      words: '"That is in Candidly\'s privacy policy."',
      note: 'Members will send written requests under §20-871(c); the 30 days run from each request.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Not used for pay.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Two HR recruiter posts will not be filled.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Candidly\'s cloud in the United States and Canada.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Video processing in Canada.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'Candidly\'s standard data processing terms.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Recruiters, store managers for their own vacancies, and HR.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Candidly runs the whole system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A contract exists; management will show the data sections.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Candidly may not use the data for other employers.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Candidly must tell the company within 5 days.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Videos 12 months, scores 3 years.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'None for applicants. Internal applicants can ask HR for their score.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'Not known whether an applicant can have a video deleted.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Same retention periods.',
    },
    'training-reuse': {
      status: 'partly',
      choice: 'no',
      words: '"Not our data", but Candidly\'s terms allow "service improvement".',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'None beyond the vendor audit.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: 'Introduced for lead vacancies in January without notice to the union.',
      note: 'Promotion criteria for unit jobs are in Article 14 of the agreement. Grieve and demand bargaining.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-sent',
      words: 'Not sent yet.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'accommodation-offered',
      words: 'Individual scores only with each member\'s written consent; anonymised results by store offered.',
      note: 'Fine under Detroit Edison. Collect consents from the six members passed over.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing given so far.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Hiring is a management right."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'Candidly repeats the audit every year.',
    },
  },
};

const nycOfficeMonitoring: ExampleSystem = {
  entry: {
    id: 'clearwatch-office-monitoring',
    name: 'ClearWatch email and web monitoring',
    vendor: 'Sentinel Workplace Software Ltd.',
    category: 'monitoring',
    purpose: 'Scans head-office email and web traffic for data loss, and logs application use and idle time on company laptops.',
    affected: 'About 260 head-office staff in the bargaining unit (buyers, payroll and customer service).',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Email metadata and content flagged by keyword rules, websites visited, application use, idle time, and screenshots when a rule fires.',
    },
    purpose: {
      status: 'partly',
      words: 'Data loss prevention. Management would not say whether idle-time reports go to supervisors.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"No special data."',
      note: 'Keyword scans read emails to the union office and to doctors. Push on this.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Security of customer and payroll data.',
    },
    'objection-route': {
      status: 'answered',
      words: 'No separate route to object.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The IT policy says systems "may be monitored".',
    },
    'ny-monitoring-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Staff hired since 2022 signed an acknowledgment. No notice is posted, and earlier staff never got one.',
      note: 'Ask the Attorney General\'s office about the posting if management does not fix it.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The agent runs whenever the laptop is on, including at home in the evening.',
    },
    'secondary-uses': {
      status: 'refused',
      words: 'Management would not say whether reports were used in discipline.',
    },
    'union-activity-tracking': {
      status: 'unknown',
      words: 'IT did not know whether the keyword list includes the union\'s name or "organize".',
      note: 'Ask for the keyword list. s. 7 and 8(a)(1).',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Keystroke logging and webcam snapshots are licensed but off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'Alerts only, no scores.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'ClearWatch does not analyse faces, voices or tone.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'Security staff review each alert.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'no',
      words: 'Idle time is "for information".',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No posts are affected.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Sentinel\'s cloud, region not known.',
    },
    'cross-border-transfers': {
      status: 'unknown',
      words: 'Sentinel is based in Ireland; management did not know where data are held.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The security team and, on request, HR.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Sentinel hosts the system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A contract with data terms.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'The contract forbids Sentinel any use of the data for itself.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Under the contract, within 48 hours.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Alerts and screenshots 2 years.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'No procedure.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Nothing can be corrected or deleted on request.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Laptop data wiped; alerts kept 2 years.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Sentinel does not train on customer data, its terms say.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'An IT security risk review in 2025.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The union was not asked.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A one-page summary offered.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'yes',
      words: 'Management will bargain before switching on keystroke logging or webcams.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-answered',
      words: 'Our 3 November request for the keyword list and the alert reports is unanswered.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'blanket-refusal',
      words: 'The keyword list is "security-sensitive" and will not be shared at all.',
      note: 'Offer review by two committee members under a confidentiality agreement.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Only the IT policy.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Security tools are not for negotiation."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review of the keyword rules is planned.',
    },
  },
};

const example: Example = {
  key: 'us+us-ny+us-ny-nyc',
  id: 'example-us-ny-nyc',
  meta: {
    union: 'Empire Retail and Warehouse Workers Union, Local 909',
    employer: 'Harbor Point Markets, Inc.',
    workplace: 'Fourteen stores and the head office, New York City',
    date: '2026-11-30',
    round: 'Labor-management committee, first meeting on technology',
    present:
      'Union: Rosa Delgado (organizing director), Kwame Mensah and Jennifer Liu (shop stewards). Management: Daniel Fischer (vice president, people), Priya Raman (talent acquisition), Tom Brennan (IT security).',
  },
  systems: [nycPromotionTool, nycOfficeMonitoring],
};

export default example;
