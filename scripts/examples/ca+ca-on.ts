import type { Example, ExampleSystem } from './example.ts';

// ── Ontario: a home-care agency in Hamilton ─────────────────────────────────────────────────

const onVisitVerification: ExampleSystem = {
  entry: {
    id: 'carepath-visit-verification',
    name: 'CarePath scheduling and electronic visit verification',
    vendor: 'CarePath Systems Ltd., Markham',
    category: 'location',
    purpose: 'Assigns client visits to personal support workers, checks arrival and departure by phone GPS, and flags late or short visits.',
    affected: 'About 310 personal support workers and 25 schedulers in Hamilton and Burlington.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Phone GPS at check-in and check-out, continuous location while the app is open, travel time between visits, visit notes and task checklists.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'provincial',
      words: 'An Ontario home-care agency: provincially regulated.',
    },
    purpose: {
      status: 'partly',
      words: 'Scheduling, billing the health authority and client safety. Late-visit reports "are discussed" in performance meetings.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Visit notes hold clients\' health information; workers\' own sick calls are logged in the app.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Client health data are covered by the health-privacy policy. Nothing specific for workers\' sick calls.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"The app is how the job is done."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Orientation covers check-in and check-out, not continuous location while the app is open.',
    },
    'on-monitoring-policy': {
      status: 'answered',
      choice: 'provided',
      words: 'The electronic monitoring policy dated 24 February 2026 was handed over at the meeting.',
    },
    'on-policy-covers-system': {
      status: 'answered',
      choice: 'partly',
      words: 'The policy names CarePath and GPS at check-in, but says nothing of location while the app is open or of use in performance meetings.',
      note: 'The policy is the only thing Ontario law requires. Use the gaps in it to open the discussion on limits.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The app tracks location between visits and during unpaid travel gaps if it is left open.',
      note: 'Unpaid travel gaps are the members\' main grievance. Nothing in Ontario law stops the tracking: the ban must be in the agreement.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Late-visit reports are used in performance meetings and to decide who gets full-time routes.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"We do not track union business."',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: '"Everything we use is on."',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A punctuality rate per worker and a "route reliability" score.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No audio or video.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The system builds the routes; schedulers approve them and decide on full-time offers.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can ask a scheduler to change a route.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'Any scheduler; no training on how the routes are built.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The optimisation is CarePath\'s."',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'Never tested.',
      note: 'Workers without a car get lower reliability scores. Raise it.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Travel time between visits is set by the app, and visits shorter than booked are flagged.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Full-time routes go to the highest reliability scores.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Four scheduler positions were cut when automatic routing came in.',
      note: 'No statutory technological-change notice for a provincial employer: check article 14 of the collective agreement.',
    },
    'storage-location': {
      status: 'answered',
      words: 'CarePath\'s cloud in Canada (Toronto).',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Canadian hosting."',
    },
    'internal-access': {
      status: 'answered',
      words: 'Schedulers, supervisors and the billing team.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'CarePath hosts and supports the system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A service agreement with a privacy schedule, mainly about client health records.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Visit times go to the health authority for billing, with workers\' names.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Client-data breaches follow the health-privacy procedure. No procedure for workers\' data.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Location history is kept "as long as the contract with the health authority requires".',
    },
    'worker-access-requests': {
      status: 'refused',
      words: '"There is no legal right to that in Ontario."',
      note: 'True. The agreement must create it.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A scheduler can fix a missed check-in; scores are not corrected.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Nobody knew.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Management does not know whether CarePath trains its routing on the agency\'s data.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Not required."',
      note: 'Correct for Ontario. Negotiate a joint assessment.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union got the monitoring policy and nothing else.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Scheduling is management\'s right."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const onHiring: ExampleSystem = {
  entry: {
    id: 'talentsift-applicant-screening',
    name: 'TalentSift applicant screening',
    vendor: 'TalentSift Inc. (Texas)',
    category: 'hiring',
    purpose: 'Ranks applicants for personal support worker posts from their applications and a recorded video answer.',
    affected: 'Every applicant for a personal support worker post; about 1,200 a year.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Application form, résumé, certificates, availability, and a two-minute recorded video answer.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'provincial',
      words: 'As for CarePath: provincially regulated.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting applicants for interview.',
    },
    'special-category-data': {
      status: 'unknown',
      words: 'HR did not know whether the video analysis looks at faces or voices.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Applicants tick a box to agree to the terms.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'The application page says nothing about ranking.',
    },
    'on-ai-job-posting': {
      status: 'answered',
      choice: 'not-disclosed',
      words: 'The postings on job boards do not mention that TalentSift ranks applicants.',
      note: 'Required since 1 January 2026 for an employer of this size. Easy win: demand the statement this month.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Only for hiring."',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'inactive-functions': {
      status: 'follow-up',
      words: 'HR will ask TalentSift whether video "engagement scoring" is switched on.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A fit score from 1 to 10 and a ranking for each posting.',
    },
    'emotion-recognition': {
      status: 'unknown',
      words: 'Management could not say what the video analysis measures.',
      note: 'Video "engagement" is often emotion inference. Push for it to be switched off.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Applicants below 4 are rejected automatically by email.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'consent',
      words: '"Applicants accept the terms."',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No one looks at automatic rejections.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"It is the vendor\'s model."',
    },
    'bias-testing': {
      status: 'refused',
      words: '"We rely on the vendor\'s assurances."',
      note: 'Most applicants are racialised women and newcomers. The Human Rights Code angle is strong.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Pay follows the collective agreement.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No jobs changed in HR."',
    },
    'storage-location': {
      status: 'answered',
      words: 'TalentSift\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All application data go to the United States.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'Nobody knew.',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR recruiters and hiring supervisors.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'TalentSift runs the whole system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'Only TalentSift\'s online terms of service.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'HR did not know whether TalentSift reuses applicants\' data.',
    },
    'breach-notice': {
      status: 'unknown',
      words: '"It would be up to TalentSift."',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: '"TalentSift keeps the talent pool."',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Applicants are not told how to ask for their data.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'An applicant can withdraw an application; nothing else.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Rejected applicants stay in the talent pool indefinitely.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'TalentSift\'s terms allow it to improve its models with customer data.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Not required."',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union learned of it from a new hire.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Hiring is outside the bargaining unit."',
      note: 'Who gets hired into the unit is the union\'s business. Insist.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review.',
    },
  },
};

const example: Example = {
  key: 'ca+ca-on',
  id: 'example-ca-on',
  meta: {
    union: 'Ontario Care Workers Union, Local 88',
    employer: 'Northshore Home Health Services Inc.',
    workplace: 'Hamilton and Burlington branches',
    date: '2026-11-30',
    round: 'First meeting on technology',
    present:
      'Union: Precious Mensah (staff representative), Joanne Kowalski and Arjun Mehta (stewards). Management: Colin Fraser (director of operations), Maria Santos (HR manager).',
  },
  systems: [onVisitVerification, onHiring],
};

export default example;
