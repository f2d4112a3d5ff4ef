import type { Example, ExampleSystem } from './example.ts';

// ── New South Wales: a parcel delivery depot in Wetherill Park, western Sydney ─────────────

const nswVanTelematics: ExampleSystem = {
  entry: {
    id: 'drivesight-van-telematics',
    name: 'DriveSight in-cab cameras and GPS tracking',
    vendor: 'Halyard Fleet Intelligence Pty Ltd',
    category: 'location',
    purpose: 'Tracks every van by GPS, records road-facing and driver-facing video, flags harsh braking, speeding and "distraction", and scores each driver weekly.',
    affected: 'About 160 employed drivers and about 40 owner-drivers on contract who drive company-liveried vans.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'GPS position every 30 seconds, speed, braking and cornering, ignition times, road-facing video, driver-facing video clips around each event, and a weekly safety score.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'A national courier company.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'both',
      words: 'Employed drivers and the contract owner-drivers who use company vans.',
      note: 'Owner-drivers are contractors: the Privacy Act exemption does not cover them.',
    },
    purpose: {
      status: 'answered',
      words: 'Driver safety, insurance, and proof of delivery times for customers.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Video is not biometric: we do not identify faces."',
      note: 'Halyard\'s brochure says clips are "tagged to the driver by face match". Ask again with the brochure.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Road safety and our insurer\'s requirements."',
    },
    'objection-route': {
      status: 'answered',
      words: 'No objection process: "the cameras are a condition of driving a company van".',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A letter to each driver in October.',
    },
    'nsw-surveillance-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'The letter went out on 14 October; cameras went live on 21 October. It says cameras and GPS are fitted but not whether recording is continuous.',
      note: 'Seven days, not fourteen, and no item on continuous or intermittent: section 10 is not met.',
    },
    'nsw-computer-surveillance-policy': {
      status: 'answered',
      choice: 'no-computer-surveillance',
      words: '"DriveSight is not computer surveillance."',
    },
    'nsw-covert-surveillance': {
      status: 'refused',
      words: '"We will not discuss investigations."',
      note: 'A driver was shown a clip from a van parked at his home in a misconduct meeting. Ask under what authority.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Vans taken home overnight keep reporting GPS position; the cameras sleep after the ignition is off.',
      note: 'Section 16: no surveillance while not at work. GPS at home after the shift is the first thing to switch off.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Scores and clips are used in disciplinary meetings and to settle customer complaints.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"The system tracks vans, not people."',
      note: 'GPS shows which drivers stopped at the union office during the dispute in June.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'In-cab audio recording and live view are available; audio is off, live view is used "only by the safety team".',
      note: 'Live view is watching in real time. Ask who used it and when.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly safety score per driver and a "distraction" flag from the driver-facing camera.',
    },
    'emotion-recognition': {
      status: 'partly',
      choice: 'yes',
      words: 'The camera detects "fatigue and distraction" from eye and head movement; management denies it reads emotions.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Drivers below a score of 70 for two weeks are referred to a depot manager, who decides on coaching or a warning.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A driver can ask the safety team to review a flagged clip.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'A member of the three-person safety team, who can cancel an event and its points.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Drivers see the events behind their score; how events are weighted and what counts as distraction is Halyard\'s model.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether the distraction model was tested on drivers who wear glasses or head coverings.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Route plans set delivery windows; drivers running late get a prompt from dispatch.',
      note: 'Tight windows push speed, and speed costs points. Raise both with the HSRs.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'No bonus depends on the score.',
      note: 'Owner-drivers\' contracts allow "performance-based route allocation". Check.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Halyard\'s cloud in Melbourne.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'Hosted and supported in Australia, Halyard says.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The safety team, depot managers for their depot, and the customer service team for delivery times.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Halyard runs the platform and reviews clips for its "event verification" service.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A fleet services agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Clips are given to the insurer after an accident, and to customers disputing a delivery.',
      note: 'Section 18 allows disclosure for legal proceedings, not to settle customer complaints.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Halyard would tell the company; nothing agreed about drivers or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'GPS 12 months, video clips 90 days unless "needed", scores two years.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Drivers can see their own events in the app, but not GPS history or full clips.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'The safety team can cancel an event found to be wrong.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Deleted on the normal schedule after the driver leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'IT will check whether Halyard trains its distraction model on the company\'s clips.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'The safety team is writing a risk assessment for the insurer.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'Not planned.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A summary "when it is finished".',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was sent the drivers\' letter.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"It is a safety system; there is nothing to consult on."',
      note: 'The WHS Act says the opposite: changes affecting safety must be consulted on with HSRs.',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'enterprise-agreement',
      words: 'The depot\'s enterprise agreement, clause 11 (consultation).',
    },
    'au-major-change-consultation': {
      status: 'answered',
      choice: 'no',
      words: 'No notice under clause 11.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review with the union planned.',
    },
  },
};

const nswEndpointMonitoring: ExampleSystem = {
  entry: {
    id: 'sentinel-endpoint-monitoring',
    name: 'Sentinel desktop and email monitoring',
    vendor: 'Obsidian Workplace Analytics Ltd',
    category: 'monitoring',
    purpose: 'Logs application and website use, takes periodic screenshots, scans email for data loss, and reports "active time" for dispatch and customer service staff.',
    affected: 'About 70 dispatchers and customer service staff in the depot office.',
  },
  answers: {
    'data-categories': {
      status: 'partly',
      words: 'Applications and websites used, active and idle time, screenshots every ten minutes, and email content scanned for customer data.',
      note: 'Management would not say whether keystrokes are logged. The vendor\'s product sheet says they can be.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'As for DriveSight.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'current-employees',
      words: 'Only office employees.',
    },
    purpose: {
      status: 'answered',
      words: 'Protecting customer data and measuring office productivity.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"We do not look for sensitive data."',
      note: 'Screenshots capture whatever is on screen, including medical certificates sent to HR.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'other',
      words: '"Employees use company equipment."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing beyond the IT policy on the intranet.',
    },
    'nsw-surveillance-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No written notice: "the IT policy covers it."',
      note: 'Computer surveillance without the section 10 notice is covert surveillance.',
    },
    'nsw-computer-surveillance-policy': {
      status: 'partly',
      choice: 'yes',
      words: 'The IT acceptable-use policy on the intranet says systems "may be monitored". Staff were never told of it.',
      note: 'A policy nobody was told about does not meet section 12. Ask when and how it was notified.',
    },
    'nsw-covert-surveillance': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing is covert: it is in the IT policy."',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The agent runs on laptops taken home for on-call dispatch.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Only security and productivity."',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'The union\'s website was blocked in June under the "non-work sites" category.',
      note: 'Section 17: blocking because content relates to industrial matters is barred. Demand it is unblocked.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Keystroke logging and webcam snapshots are in the licence; management says both are off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily "productivity percentage" per person and a team ranking.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'Managers look at the reports; the system decides nothing.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"Active time is active time."',
      note: 'Phone calls with customers count as idle. The percentage is meaningless for dispatchers.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'Not tested.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'A target of 85% active time.',
    },
    'pay-linked-scores': {
      status: 'unknown',
      words: 'HR did not know whether team leaders use the percentage in annual reviews.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'Office staffing stays the same; the tool only reports.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Obsidian\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Screenshots and logs are stored in the United States.',
    },
    'transfer-safeguards': {
      status: 'refused',
      words: '"That is between us and Obsidian."',
    },
    'internal-access': {
      status: 'answered',
      words: 'IT security, team leaders for their teams, and the office manager.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Obsidian hosts and supports the system.',
    },
    'vendor-contract': {
      status: 'follow-up',
      words: 'IT will check what the contract says about screenshots.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Not shared.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'IT security handles incidents under the group incident plan.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Logs and screenshots kept "as long as the licence allows".',
    },
    'worker-access-requests': {
      status: 'refused',
      words: '"Monitoring records are not available to staff."',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'No process.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Nobody knew.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Obsidian does not train on customer data, IT says.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'None.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union has not seen the system.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"It is an IT security tool."',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'modern-award',
      words: 'Office staff are under the Clerks award, not the depot agreement.',
      note: 'Find the major-change clause number in the award before the next meeting.',
    },
    'au-major-change-consultation': {
      status: 'answered',
      choice: 'not-major-change',
      words: '"A security tool is not a major change."',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'The office manager will consider a six-monthly review.',
    },
  },
};

const example: Example = {
  key: 'au+au-nsw',
  id: 'example-au-nsw',
  meta: {
    union: 'Road Freight and Parcel Workers Union, NSW branch',
    employer: 'Swiftline Parcels Australia Pty Ltd',
    workplace: 'Wetherill Park depot, western Sydney, New South Wales',
    date: '2026-11-25',
    round: 'Second meeting',
    present:
      'Union: Jasmine Haddad (organiser), Ahmed Karimi and Bec Thornton (delegates), Sione Tupou (health and safety representative). Management: Craig Whitfield (depot manager), Leanne Cho (HR manager), Raj Menon (fleet safety lead).',
  },
  systems: [nswVanTelematics, nswEndpointMonitoring],
};

export default example;
